import { randomBytes } from 'node:crypto'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { inTransaction } from '../lib/transaction'
import { bilingual } from '../validation/messages'
import { clearSurveyText, deleteWhere, forgetDeliveryAddress } from './scrub'
import { ANONYMOUS_NAME, anonymousEmail, isAnonymousEmail, loadSubject, recordRequest, unknownSubject, type Requester, type Subject } from './subject'

export type ErasureResult =
  | { ok: true; alreadyErased: boolean; keptName: boolean; outcome: Record<string, number | boolean> }
  | { ok: false; status: number; code: string; message: string }

const refuse = (status: number, code: string, fr: string, en: string): ErasureResult => ({ ok: false, status, code, message: bilingual(fr, en) })

/** Enrolment states of someone still expected in a room, and session states before the end of the training. */
const EXPECTED = ['invited', 'convened', 'confirmed']
const NOT_OVER = ['planned', 'convened', 'in_progress']

async function count(payload: Payload, collection: 'attendance' | 'enrolments' | 'sessions', where: object, req: PayloadRequest): Promise<number> {
  return (await payload.count({ collection, where: where as never, overrideAccess: true, req })).totalDocs
}

/** Why a participant cannot be erased now (still on the list of a session not over), or undefined. */
async function participantBlock(payload: Payload, id: string, req: PayloadRequest): Promise<ErasureResult | undefined> {
  const { docs } = await payload.find({
    collection: 'enrolments',
    where: { and: [{ participant: { equals: id } }, { status: { in: EXPECTED } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { session: true },
  })
  const sessions = docs.map((d) => String(d.session))
  if (sessions.length === 0) return undefined
  if ((await count(payload, 'sessions', { and: [{ id: { in: sessions } }, { status: { in: NOT_OVER } }] }, req)) === 0) return undefined
  return refuse(
    409,
    'still_enrolled',
    'Cette personne est inscrite à une session à venir ou en cours : retirez-la de la liste avant l’effacement',
    'this person is on the list of an upcoming or running session: withdraw them before the erasure',
  )
}

/**
 * A participant erased: contact details, consents, personal links, free-text answers and the address on the mails
 * sent go; the attendance lines, enrolments (hours) and scores stay, as the law keeps them (R6332-26, certificat), and
 * so does the name while such a legal document names the person (the T22 purge removes it at the end of retention).
 */
async function eraseParticipant(payload: Payload, subject: Subject, record: Record<string, unknown>, req: PayloadRequest) {
  const legal =
    (await count(payload, 'attendance', { participant: { equals: subject.id } }, req)) +
    (await count(payload, 'enrolments', { and: [{ participant: { equals: subject.id } }, { or: [{ status: { in: ['attended', 'partial'] } }, { hoursAttended: { greater_than: 0 } }] }] }, req))
  const keptName = legal > 0
  const address = anonymousEmail(subject)
  const oldEmail = String(record.email ?? '')
  await payload.update({
    collection: 'participants',
    id: subject.id,
    depth: 0,
    overrideAccess: true,
    req,
    data: { email: address, ...(keptName ? {} : { name: ANONYMOUS_NAME.participant }), consents: { data: false, image: false, testimony: false } },
  })
  const outcome = {
    personalLinks: await deleteWhere(payload, 'personal-links', { participant: { equals: subject.id } }, req),
    surveyTextsCleared: await clearSurveyText(payload, { participant: { equals: subject.id } }, req),
    deliveriesAnonymised: isAnonymousEmail(oldEmail) ? 0 : await forgetDeliveryAddress(payload, { recipientEmail: { equals: oldEmail } }, address, req),
    keptName,
  }
  return { keptName, outcome }
}

/** An account erased: it can no longer sign in, loses its address and tenants; the name stays on sheets it countersigned. */
async function eraseUser(payload: Payload, subject: Subject, record: Record<string, unknown>, req: PayloadRequest) {
  const legal =
    (await count(payload, 'attendance', { countersignedBy: { equals: subject.id } }, req)) +
    (await count(payload, 'sessions', { facilitators: { contains: subject.id } }, req))
  const keptName = legal > 0
  const address = anonymousEmail(subject)
  const oldEmail = String(record.email ?? '')
  await payload.update({
    collection: 'users',
    id: subject.id,
    depth: 0,
    overrideAccess: true,
    req,
    context: { skipWelcomeMail: true },
    data: {
      email: address,
      ...(keptName ? {} : { name: ANONYMOUS_NAME.user }),
      // Nobody knows this password: the account cannot be used any more.
      password: randomBytes(32).toString('base64url'),
      structures: [],
    },
  })
  const profiles = await payload.update({
    collection: 'facilitators',
    where: { user: { equals: subject.id } },
    depth: 0,
    overrideAccess: true,
    req,
    data: { availability: null, ...(keptName ? {} : { name: ANONYMOUS_NAME.user }) },
  })
  const outcome = {
    facilitatorProfiles: profiles.docs.length,
    personalLinks: await deleteWhere(payload, 'personal-links', { user: { equals: subject.id } }, req),
    surveyTextsCleared: await clearSurveyText(payload, { respondent: { equals: subject.id } }, req),
    deliveriesAnonymised: await forgetDeliveryAddress(
      payload,
      isAnonymousEmail(oldEmail) ? { recipientUser: { equals: subject.id } } : { or: [{ recipientUser: { equals: subject.id } }, { recipientEmail: { equals: oldEmail } }] },
      address,
      req,
    ),
    keptName,
  }
  return { keptName, outcome }
}

/**
 * Erasure by anonymisation (GDPR art. 17, within 17(3)(b)), on a coordinator's confirmed request: everything in one
 * transaction with its line in the register of requests, so a refused or failed erasure changes nothing. A second
 * erasure finds nothing left to remove and is recorded as such.
 */
export async function erasePersonalData(payload: Payload, subject: Subject, by: Requester & { isAdmin: boolean }, now: Date): Promise<ErasureResult> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const record = await loadSubject(payload, subject, req)
    if (!record) return refuse(404, 'not_found', unknownSubject(subject).fr, unknownSubject(subject).en)
    if (subject.type === 'user' && subject.id === by.id) return refuse(409, 'own_account', 'Vous ne pouvez pas effacer votre propre compte', 'you cannot erase your own account')
    if (subject.type === 'user' && record.role === 'admin' && !by.isAdmin) return refuse(403, 'forbidden', 'Seul un administrateur efface un compte administrateur', 'only an administrator erases an administrator account')
    const alreadyErased = isAnonymousEmail(record.email)
    if (subject.type === 'participant' && !alreadyErased) {
      const blocked = await participantBlock(payload, subject.id, req)
      if (blocked) return blocked
    }
    const done = subject.type === 'participant' ? await eraseParticipant(payload, subject, record, req) : await eraseUser(payload, subject, record, req)
    const outcome = { ...done.outcome, alreadyErased }
    await recordRequest(payload, { kind: 'erasure', subjectType: subject.type, subjectId: subject.id, at: now, by, outcome }, req)
    return { ok: true as const, alreadyErased, keptName: done.keptName, outcome }
  })
}
