import type { Payload, Where } from 'payload'
import { loadFile } from '../collections/funding-files/facts'
import { relationId, relationIds } from '../collections/shared/relation-ids'
import type { NotificationKind, RecipientRole } from '../src/workflow/notification-kinds'
import type { MailRequest } from './mail-request'
import { directorRecipients, participantRecipients, userLink } from './session-facts'

export interface ResolvedRecipient {
  /** Stable per person: user id, participant id, or the address for contacts without an account. */
  key: string
  address: string
  name?: string
  language: 'fr' | 'en'
  userId?: string
  /** What this person is to the file (some templates word things differently per audience). */
  role?: RecipientRole
  /** A personal page (participants' surveys and attendance), when the kind needs one. */
  link?: string
}

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

/** The people behind each role, for a file-bound request: read when the mail is prepared, not when planned. */
async function byRole(payload: Payload, request: MailRequest, role: RecipientRole): Promise<ResolvedRecipient[]> {
  const loaded = request.fileId ? await loadFile(payload, request.fileId) : undefined
  const structureId = loaded ? relationId(loaded.file.structure) : undefined
  const sessionId = loaded?.session ? String(loaded.session.id) : undefined
  switch (role) {
    case 'coordinators':
      return usersWhere(payload, { role: { equals: 'coordinator' } }, role)
    case 'editors':
      return usersWhere(payload, { role: { equals: 'editor' } }, role)
    case 'director':
      // Questionnaires go to the participants in a direction role (or the admins answering for them), with a link.
      if (sessionId && DIRECTOR_SURVEYS.includes(request.kind)) return directorRecipients(payload, request, sessionId)
      return structureAdmins(payload, structureId, role)
    case 'structure-admins':
      return structureAdmins(payload, structureId, role)
    case 'facilitators': {
      const ids = relationIds(loaded?.session?.facilitators)
      const facilitators = ids.length ? await usersWhere(payload, { id: { in: ids } }, role) : []
      if (!sessionId || !FACILITATOR_PAGE_KINDS.includes(request.kind)) return facilitators
      // Their attendance page: countersign the half-day, mark absences.
      return Promise.all(
        facilitators.map(async (f) => ({ ...f, link: await userLink(payload, { sessionId, userId: f.userId!, purpose: 'facilitator' }) })),
      )
    }
    case 'eric': {
      const venueId = relationId(loaded?.session?.venue)
      if (!venueId) return []
      const venue = (await payload.findByID({ collection: 'eric-spaces', id: venueId, depth: 0, overrideAccess: true, disableErrors: true })) as {
        name?: string | null
        email?: string | null
      } | null
      const address = venue?.email
      return address ? [{ key: address.toLowerCase(), address, name: venue?.name ?? undefined, language: 'fr', role }] : []
    }
    case 'participants':
      return participantRecipients(payload, request, sessionId)
    case 'user':
      return []
  }
}

/** Participants are resolved by the sessions module (personal links, who already answered); see session-facts. */
export type ParticipantResolver = (payload: Payload, request: MailRequest, sessionId: string | undefined) => Promise<ResolvedRecipient[]>

const DIRECTOR_SURVEYS: NotificationKind[] = ['survey.director', 'survey.cold_director']
const FACILITATOR_PAGE_KINDS: NotificationKind[] = ['session.trainer_reminder', 'attendance.unsigned', 'session.attendance_open']

const structureAdmins = (payload: Payload, structureId: string | undefined, role: RecipientRole) =>
  structureId
    ? usersWhere(payload, { and: [{ role: { equals: 'structure-admin' } }, { structures: { in: [structureId] } }] }, role)
    : Promise.resolve([])

/** Turns a request's roles, user ids and addresses into people, once each, in their own language. */
export async function resolveRecipients(payload: Payload, request: MailRequest): Promise<ResolvedRecipient[]> {
  const found: ResolvedRecipient[] = []
  if (request.userIds?.length) found.push(...(await usersWhere(payload, { id: { in: request.userIds } }, 'user')))
  for (const role of request.roles ?? []) found.push(...(await byRole(payload, request, role)))
  for (const a of request.addresses ?? []) {
    found.push({ key: a.address.toLowerCase(), address: a.address, name: a.name, language: a.language ?? 'fr' })
  }
  // Once per person; participants sharing a mailbox (accueil@…) still each get their own personal link.
  const seen = new Set<string>()
  return found.filter((r) => {
    const id = r.role === 'participants' ? r.key : r.address.toLowerCase()
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}
