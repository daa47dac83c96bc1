import type { CollectionBeforeChangeHook } from 'payload'
import { bilingual } from '../../../src/validation/messages'
import { rejectProblems } from '../../shared/hooks/reject-problems'
import { resultingDoc } from '../../shared/hooks/resulting-doc'
import { relationId } from '../../shared/relation-ids'

/** The unique key of a sheet line: one per enrolment and half-day, so a double submission cannot sign twice. */
export const sheetLineKey = (enrolmentId: string, slotIndex: number): string => `${enrolmentId}#${slotIndex}`

/**
 * Copies session, participant and structure from the enrolment (tenancy and queries per half-day) and checks
 * that the half-day exists on the session.
 */
export const stampAttendance: CollectionBeforeChangeHook = async ({ data, originalDoc, req, collection }) => {
  const doc = resultingDoc(originalDoc, data)
  const enrolmentId = relationId(doc.enrolment)
  const slotIndex = doc.slotIndex
  if (!enrolmentId || typeof slotIndex !== 'number') return data
  const enrolment = await req.payload.findByID({
    collection: 'enrolments',
    id: enrolmentId,
    depth: 1,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  const session = enrolment && typeof enrolment.session === 'object' ? enrolment.session : undefined
  if (!enrolment || !session) {
    rejectProblems(
      [{ path: 'enrolment', message: bilingual('Inscription introuvable', 'enrolment not found') }],
      collection.slug,
      req,
    )
    return data
  }
  if (!Number.isInteger(slotIndex) || slotIndex < 0 || slotIndex >= (session.slots?.length ?? 0)) {
    rejectProblems(
      [{ path: 'slotIndex', message: bilingual('Cette demi-journée n’existe pas', 'this half-day does not exist') }],
      collection.slug,
      req,
    )
  }
  data.session = session.id
  data.participant = relationId(enrolment.participant)
  data.structure = relationId(enrolment.structure)
  data.line = sheetLineKey(enrolmentId, slotIndex)
  return data
}
