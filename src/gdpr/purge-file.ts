import { createLocalReq, type Payload, type PayloadRequest, type Where } from 'payload'
import { relationId } from '../../collections/shared/relation-ids'
import { inTransaction } from '../lib/transaction'
import { clearSurveyText, deleteWhere, forgetDeliveryAddress } from './scrub'
import { ANONYMOUS_NAME, anonymousEmail, isAnonymousEmail, recordRequest } from './subject'

/** Generated documents that name participants (the session report holds aggregates only and stays). */
const PERSONAL_DOCUMENTS = new Set(['convocation', 'attendanceSheet', 'attestation', 'certificat', 'dpcPack'])

type DocumentRow = { id?: string | null; type: string; title?: string | null; file?: unknown; version?: number | null }

/** Enrolments of the participant in other sessions: their documents are still within retention. */
async function enrolledElsewhere(payload: Payload, participant: string, session: string, req: PayloadRequest): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'enrolments',
    where: { and: [{ participant: { equals: participant } }, { session: { not_equals: session } }] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** The file's participants made anonymous (name included) unless another session still needs their name. */
async function anonymiseParticipants(payload: Payload, ids: string[], session: string, req: PayloadRequest): Promise<number> {
  let count = 0
  for (const id of ids) {
    if (await enrolledElsewhere(payload, id, session, req)) continue
    const person = await payload.findByID({ collection: 'participants', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!person || person.name === ANONYMOUS_NAME.participant) continue
    const address = anonymousEmail({ type: 'participant', id })
    if (!isAnonymousEmail(person.email)) await forgetDeliveryAddress(payload, { recipientEmail: { equals: person.email } }, address, req)
    await payload.update({
      collection: 'participants',
      id,
      depth: 0,
      overrideAccess: true,
      req,
      data: { name: ANONYMOUS_NAME.participant, email: address, consents: { data: false, image: false, testimony: false } },
    })
    await deleteWhere(payload, 'personal-links', { participant: { equals: id } }, req)
    count += 1
  }
  return count
}

/**
 * T22 (domain §5, reported→closed + 6 y, 10 y if co-funded): the end of a funding file's retention. The personal
 * data of its participants goes (names included: the attendance sheets and certificats have reached the end of
 * their period), the generated documents naming them are deleted, free-text answers of the session are cleared;
 * the file itself, its amounts and the counts of hours stay (accounting, BPF). Recorded in the GDPR register;
 * running it again changes nothing.
 */
export async function purgeFilePersonalData(payload: Payload, fileId: string, now: Date): Promise<string> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const file = await payload.findByID({ collection: 'funding-files', id: fileId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!file) return 'file-gone'
    const session = relationId(file.session)
    const structure = relationId(file.structure)
    let participants = 0
    let surveyTexts = 0
    if (session && structure) {
      const scope: Where = { and: [{ session: { equals: session } }, { structure: { equals: structure } }] }
      const { docs } = await payload.find({ collection: 'enrolments', where: scope, depth: 0, pagination: false, overrideAccess: true, req, select: { participant: true } })
      participants = await anonymiseParticipants(payload, [...new Set(docs.map((d) => String(relationId(d.participant))))], session, req)
      surveyTexts = await clearSurveyText(payload, scope, req)
    }
    const rows = (file.documents ?? []) as DocumentRow[]
    const personal = rows.filter((r) => PERSONAL_DOCUMENTS.has(r.type))
    for (const row of personal) {
      const media = relationId(row.file)
      // Already gone (deleted by hand): nothing left to purge for this row.
      if (media) await payload.delete({ collection: 'media', id: media, overrideAccess: true, req }).catch(() => undefined)
    }
    if (personal.length > 0) {
      await payload.update({
        collection: 'funding-files',
        id: fileId,
        depth: 0,
        overrideAccess: true,
        req,
        context: { documentsOnly: true },
        data: { documents: rows.filter((r) => !PERSONAL_DOCUMENTS.has(r.type)).map((r) => ({ id: r.id, type: r.type, title: r.title, file: relationId(r.file), version: r.version })) as never },
      })
    }
    const outcome = { participants, surveyTexts, documents: personal.length }
    await recordRequest(payload, { kind: 'purge', subjectType: 'funding-file', subjectId: fileId, at: now, outcome }, req)
    return `purged: ${participants} participant(s), ${personal.length} document(s), ${surveyTexts} answer(s)`
  })
}
