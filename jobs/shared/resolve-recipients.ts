import type { Payload, Where } from 'payload'
import type { FundingFileDoc, SessionDoc } from '../../collections/funding-files/facts'
import { relationId, relationIds } from '../../collections/shared/relation-ids'
import type { NotificationKind, RecipientRole } from '../../src/workflow/notification-kinds'
import { federationOf } from '../../src/documents/federation-of'
import type { MailRequest } from './mail-request'
import type { ResolvedRecipient } from './recipient'
import { directorRecipients, participantRecipients, userLink } from './session-facts'

interface UserRow {
  id: string | number
  email?: string | null
  name?: string | null
  language?: string | null
}

const fromUser = (role: RecipientRole) => (user: UserRow): ResolvedRecipient | undefined =>
  user.email
    ? {
        key: `u${user.id}`,
        address: user.email,
        name: user.name ?? undefined,
        language: user.language === 'en' ? 'en' : 'fr',
        userId: String(user.id),
        role,
      }
    : undefined

async function usersWhere(payload: Payload, where: Where, role: RecipientRole): Promise<ResolvedRecipient[]> {
  const { docs } = await payload.find({ collection: 'users', where, pagination: false, depth: 0, overrideAccess: true })
  return docs.map((u) => fromUser(role)(u as UserRow)).filter((r) => r !== undefined)
}

/**
 * The file a request is about, as far as notify needs it: its structure and session (the session read only when a
 * role needs it: facilitators, venue, participants, directors' surveys). Undefined when the file no longer exists.
 */
export interface RequestFile {
  fileId: string
  structureId?: string
  sessionId?: string
  session(): Promise<SessionDoc | undefined>
}

export async function readRequestFile(payload: Payload, request: Pick<MailRequest, 'fileId' | 'structureId' | 'sessionId'>): Promise<RequestFile | undefined> {
  const { fileId } = request
  if (!fileId) return undefined
  let { structureId, sessionId } = request
  if (structureId !== undefined) {
    // The event job that asked read the file a moment ago (every file has a structure): only check it still exists.
    const { totalDocs } = await payload.count({ collection: 'funding-files', where: { id: { equals: fileId } }, overrideAccess: true })
    if (totalDocs === 0) return undefined
  } else {
    const file = (await payload.findByID({ collection: 'funding-files', id: fileId, depth: 0, joins: false, overrideAccess: true, disableErrors: true })) as FundingFileDoc | null
    if (!file) return undefined
    structureId = relationId(file.structure)
    sessionId = relationId(file.session)
  }
  const readSession = async () =>
    sessionId ? (((await payload.findByID({ collection: 'sessions', id: sessionId, depth: 0, overrideAccess: true, disableErrors: true })) as SessionDoc | null) ?? undefined) : undefined
  let session: Promise<SessionDoc | undefined> | undefined
  return { fileId, structureId, sessionId, session: () => (session ??= readSession()) }
}

/** The people behind each role, for a file-bound request: read when the mail is prepared, not when planned. */
async function byRole(payload: Payload, request: MailRequest, role: RecipientRole, target: RequestFile | undefined): Promise<ResolvedRecipient[]> {
  const structureId = target?.structureId
  const session = async () => (await target?.session()) ?? undefined
  const sessionIdOf = async () => {
    const found = await session()
    return found ? String(found.id) : undefined
  }
  switch (role) {
    case 'coordinators':
    case 'editors':
      return teamOf(payload, request, target, role)
    case 'director': {
      // Questionnaires go to the participants in a direction role (or the admins answering for them), with a link.
      const sessionId = DIRECTOR_SURVEYS.includes(request.kind) ? await sessionIdOf() : undefined
      if (sessionId) return directorRecipients(payload, request, sessionId)
      return structureAdmins(payload, structureId, role)
    }
    case 'structure-admins':
      return structureAdmins(payload, structureId, role)
    case 'facilitators': {
      const found = await session()
      const sessionId = found ? String(found.id) : undefined
      const ids = relationIds(found?.facilitators)
      const facilitators = ids.length ? await usersWhere(payload, { id: { in: ids } }, role) : []
      if (!sessionId || !FACILITATOR_PAGE_KINDS.includes(request.kind)) return facilitators
      // Their attendance page: countersign the half-day, mark absences.
      return Promise.all(
        facilitators.map(async (f) => ({ ...f, link: await userLink(payload, { sessionId, userId: f.userId!, purpose: 'facilitator' }) })),
      )
    }
    case 'eric': {
      const venueId = relationId((await session())?.venue)
      if (!venueId) return []
      const venue = (await payload.findByID({ collection: 'eric-spaces', id: venueId, depth: 0, overrideAccess: true, disableErrors: true })) as {
        name?: string | null
        email?: string | null
      } | null
      const address = venue?.email
      return address ? [{ key: address.toLowerCase(), address, name: venue?.name ?? undefined, language: 'fr', role }] : []
    }
    case 'participants':
      return participantRecipients(payload, request, await sessionIdOf())
    case 'user':
      return []
  }
}


/**
 * The coordinators (or editors) of the federation the request is about: its file's, else its session's, else its
 * structure's. A request about nothing federated (the platform's own digest) goes to every one of them.
 */
async function teamOf(payload: Payload, request: MailRequest, target: RequestFile | undefined, role: 'coordinators' | 'editors'): Promise<ResolvedRecipient[]> {
  const federation = request.federationId ?? await federationOf(payload, [
    { collection: 'funding-files', id: target?.fileId ?? request.fileId },
    { collection: 'sessions', id: target?.sessionId ?? request.sessionId },
    { collection: 'structures', id: target?.structureId ?? request.structureId },
  ])
  const hasRole: Where = { role: { equals: role === 'coordinators' ? 'coordinator' : 'editor' } }
  return usersWhere(payload, federation ? { and: [hasRole, { federations: { in: [federation] } }] } : hasRole, role)
}

const DIRECTOR_SURVEYS: NotificationKind[] = ['survey.director', 'survey.cold_director']
const FACILITATOR_PAGE_KINDS: NotificationKind[] = ['session.trainer_reminder', 'attendance.unsigned', 'session.attendance_open']

const structureAdmins = (payload: Payload, structureId: string | undefined, role: RecipientRole) =>
  structureId
    ? usersWhere(payload, { and: [{ role: { equals: 'structure-admin' } }, { structures: { in: [structureId] } }] }, role)
    : Promise.resolve([])

/**
 * Turns a request's roles, user ids and addresses into people, once each, in their own language. `target` is the
 * request's file as `readRequestFile` read it (the caller reads it once for everything it needs).
 */
export async function resolveRecipients(payload: Payload, request: MailRequest, target?: RequestFile): Promise<ResolvedRecipient[]> {
  const found: ResolvedRecipient[] = []
  if (request.userIds?.length) found.push(...(await usersWhere(payload, { id: { in: request.userIds } }, 'user')))
  for (const role of request.roles ?? []) found.push(...(await byRole(payload, request, role, target)))
  for (const a of request.addresses ?? []) {
    found.push({ key: a.address.toLowerCase(), address: a.address, name: a.name, language: a.language ?? 'fr' })
  }
  // Once per person; participants sharing a mailbox (accueil@…) still each get their own personal link. The person
  // who made the move is not told about it (the coordinator who just recorded the approval).
  const seen = new Set<string>()
  const spared = new Set(request.exceptUserIds ?? [])
  return found.filter((r) => {
    if (r.userId !== undefined && spared.has(r.userId)) return false
    const id = r.role === 'participants' ? r.key : r.address.toLowerCase()
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}
