import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { relationId } from '../../shared/relation-ids'
import { recomputeEnrolmentHours } from '../services/recompute-hours'

/** Personal-page actions pass their clock in `context.now` (tests drive it); otherwise it is now. */
const clockOf = (context: Record<string, unknown>): Date =>
  typeof context.now === 'string' ? new Date(context.now) : new Date()

/** Every change to a sheet line recomputes that enrolment's hours, in the same transaction. */
export const recomputeHoursAfterChange: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const enrolmentId = relationId(doc.enrolment)
  if (enrolmentId) await recomputeEnrolmentHours(req.payload, enrolmentId, req, clockOf(context))
  return doc
}

export const recomputeHoursAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  const enrolmentId = relationId(doc.enrolment)
  if (enrolmentId) await recomputeEnrolmentHours(req.payload, enrolmentId, req, clockOf(context))
  return doc
}
