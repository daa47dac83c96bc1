import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { isActiveEnrolment } from '../../../src/sessions/enrolment-status'
import { insertRecord } from '../../../src/lib/transaction'
import { writeSystemFields } from '../../../src/lib/system-write'
import { writeOutboxEvent } from '../../../src/outbox/write-event'
import { participantChange, PRE_SESSION_STATES, type ParticipantChange } from '../../../src/workflow'
import { loadFile, type FundingFileDoc } from '../../funding-files/facts'
import { actorOf } from '../../funding-files/move-service'
import { relationId } from '../../shared/relation-ids'

type Data = Record<string, unknown>

/** An enrolment that joins the list (created, or back from a withdrawal) or leaves it (withdrawn); else nothing. */
export function listChangeOf(operation: 'create' | 'update', status: unknown, statusBefore: unknown): ParticipantChange['type'] | undefined {
  const active = isActiveEnrolment(status as string | undefined)
  if (operation === 'create') return active ? 'added' : undefined
  const was = isActiveEnrolment(statusBefore as string | undefined)
  if (was === active) return undefined
  return active ? 'added' : 'withdrawn'
}

/** The structure's file for the session whose list this is: the newest one still before the session. */
async function fileOfList(req: PayloadRequest, enrolment: Data): Promise<FundingFileDoc | undefined> {
  const session = relationId(enrolment.session)
  const structure = relationId(enrolment.structure)
  if (!session || !structure) return undefined
  const { docs } = await req.payload.find({
    collection: 'funding-files',
    where: { and: [{ session: { equals: session } }, { structure: { equals: structure } }, { status: { in: [...PRE_SESSION_STATES] } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] as FundingFileDoc | undefined
}

/**
 * A person joining the list of a file already convened is convened with it: the convocation goes to them (below), so
 * the list says so. Only people's writes: the seed and the system's own moves write the statuses they mean.
 */
export const conveneNewcomer: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (!req.user || (operation !== 'create' && operation !== 'update')) return data
  const merged = { ...(originalDoc ?? {}), ...data } as Data
  if (listChangeOf(operation, merged.status, originalDoc?.status) !== 'added') return data
  if (merged.status !== 'invited' && merged.status !== 'confirmed') return data
  const file = await fileOfList(req, merged)
  return file?.status === 'convened' ? { ...data, status: 'convened' } : data
}

/**
 * Domain §5, « participant added / withdrawn »: in the same transaction as the enrolment, the workflow's plan for the
 * change (src/workflow/participants.ts) goes to the worker as an outbox event on the file (the newcomer's
 * convocation and invitation, the facilitators told, the coordination told when the list falls below the minimum,
 * the questionnaire a newcomer missed, a leaver's reminders cancelled), and the file's timeline says who joined or left.
 * A change the workflow does not act on (the session started, the file closed) is written without effects.
 */
export const publishParticipantChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (!req.user || (operation !== 'create' && operation !== 'update')) return doc
  const type = listChangeOf(operation, doc.status, previousDoc?.status)
  if (!type) return doc
  const found = await fileOfList(req, doc)
  const loaded = found ? await loadFile(req.payload, String(found.id), req) : undefined
  if (!loaded) return doc
  const fileId = String(loaded.file.id)
  const participantId = relationId(doc.participant) ?? ''
  const { totalDocs: participantsAfter } = await req.payload.count({
    collection: 'enrolments',
    where: { and: [{ session: { equals: relationId(doc.session) } }, { structure: { equals: relationId(doc.structure) } }, { status: { not_equals: 'withdrawn' } }] },
    overrideAccess: true,
    req,
  })
  const result = participantChange(loaded.facts, { type, participantId, participantsAfter }, actorOf(req.user), new Date())
  if (!result.ok) return doc
  const timerSeq = { ...((loaded.file.timerSeq ?? {}) as object), ...(result.patch.timerSeq ?? {}) }
  if (result.patch.timerSeq) await writeSystemFields(req.payload, req, 'funding-files', fileId, { timerSeq })
  await writeOutboxEvent(req, { type: 'file.participants', aggregate: 'funding-files', aggregateId: fileId, data: { plan: result.plan, timerSeq, participantId } })
  const person = await req.payload.findByID({ collection: 'participants', id: participantId, depth: 0, overrideAccess: true, disableErrors: true, req, select: { name: true } })
  await insertRecord(req.payload, 'audit-events', {
    file: fileId,
    structure: relationId(doc.structure),
    at: new Date().toISOString(),
    kind: 'participants',
    from: loaded.file.status,
    to: loaded.file.status,
    summary: `${type === 'added' ? 'Inscription' : 'Désistement'} : ${person?.name ?? participantId} (${participantsAfter} inscrit${participantsAfter > 1 ? 's' : ''})`,
    actorRole: actorOf(req.user).role,
    actor: String(req.user.id),
    actorName: (req.user as { name?: string }).name,
  }, req)
  return doc
}
