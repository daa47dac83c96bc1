/**
 * What the workflow's timers and mails need to know about a session, read from the sessions module: the role
 * mix at list lock (T4), one half-day's attendance (T13), and the participants a per-participant mail goes to,
 * each with their personal link (convocation, day before, questionnaires).
 */
import type { Payload } from 'payload'
import {
  loadEnrolled,
  loadSession,
  loadSheetLines,
  type EnrolledPerson,
} from '../../collections/attendance/services/session-records'
import { recomputeEnrolmentHours } from '../../collections/attendance/services/recompute-hours'
import { issuePersonalLink } from '../../collections/personal-links/services/issue-link'
import { sessionSpan } from '../../collections/personal-links/services/session-span'
import type { LinkPurpose } from '../../src/sessions/link-purposes'
import { roleMix, type RoleMix } from '../../src/sessions/role-mix'
import type { NotificationKind } from '../../src/workflow/notification-kinds'
import type { FileFacts, SlotAttendance, TimerPlan } from '../../src/workflow'
import { respondentKey } from '../../collections/survey-responses/services/survey-form'
import type { MailRequest } from './mail-request'
import type { ParticipantResolver, ResolvedRecipient } from './recipient'

/** Every job role of the session's target that some structure of the session has nobody enrolled for (T4). */
export async function missingRolesForSession(payload: Payload, sessionId: string): Promise<string[]> {
  return (await roleMixForSession(payload, sessionId)).missing
}

/** The full role mix (per structure and overall), for the session report. */
export async function roleMixForSession(payload: Payload, sessionId: string): Promise<RoleMix> {
  const session = await loadSession(payload, sessionId)
  if (!session) throw new Error(`Session ${sessionId} not found`)
  const people = await loadEnrolled(payload, sessionId)
  const enrolled = people.flatMap((p) =>
    p.jobRole && p.structureId ? [{ structureId: p.structureId, jobRole: p.jobRole }] : [],
  )
  return roleMix(session.roleMixTarget, session.structureIds, enrolled)
}

export interface SlotAttendanceFacts {
  /** Lines nobody settled (neither signed nor marked absent), plus 1 while the facilitator has not countersigned. */
  unsignedSheets: number
  /** Participants on the list who did not sign this half-day (marked absent or not). */
  absentParticipants: number
  absentNames: string[]
  unsignedNames: string[]
}

/**
 * One half-day's sheet for T13 (two hours after it ends): the facilitator is told about what is still unsigned,
 * the structure admin about who did not sign (Qualiopi ind. 12). A half-day that no longer exists (the session
 * was rescheduled) has nothing to report.
 */
export async function slotAttendance(
  payload: Payload,
  sessionId: string,
  slotIndex: number,
): Promise<SlotAttendanceFacts> {
  const session = await loadSession(payload, sessionId)
  if (!session?.slots[slotIndex])
    return { unsignedSheets: 0, absentParticipants: 0, absentNames: [], unsignedNames: [] }
  const [people, lines] = await Promise.all([
    loadEnrolled(payload, sessionId),
    loadSheetLines(payload, sessionId, slotIndex),
  ])
  const lineOf = (p: EnrolledPerson) => lines.find((l) => l.enrolmentId === p.enrolmentId)
  const absent = people.filter((p) => lineOf(p)?.status !== 'signed')
  const unsigned = people.filter((p) => !lineOf(p))
  const countersignMissing = people.length > 0 && !lines.some((l) => l.countersignedAt) ? 1 : 0
  return {
    unsignedSheets: unsigned.length + countersignMissing,
    absentParticipants: absent.length,
    absentNames: absent.map((p) => p.name),
    unsignedNames: unsigned.map((p) => p.name),
  }
}

export interface ParticipantRecipient {
  /** Stable per person and session: `p<participantId>`. */
  key: string
  address: string
  name?: string
  language: 'fr' | 'en'
  participantId: string
  /** Their personal page, for the kinds that need one. */
  link?: string
  /** When it stops working (ISO): what the mail says the questionnaire is open until. */
  linkOpenUntil?: string
}

interface Audience {
  purpose?: LinkPurpose
  /** Who among the active participants receives it. */
  includes: (p: EnrolledPerson, signedHalfDays: number) => boolean
}

const everyone = () => true
/** Questionnaires about the session go to those who attended at least one half-day. */
const attended = (_p: EnrolledPerson, signed: number) => signed > 0
const isDirection = (p: EnrolledPerson) => p.jobRole === 'direction'

/**
 * Who gets each participant mail, and which link it carries. Those who answered are skipped (the reminder is
 * cancelled for them); directors get the cold questionnaire through `survey.cold_director` (it carries the
 * second-training offer), so the plain `survey.cold` skips them.
 */
const AUDIENCES: Partial<Record<NotificationKind, Audience>> = {
  'session.convocation': { purpose: 'attendance', includes: everyone },
  'session.day_before': { purpose: 'attendance', includes: everyone },
  'file.rescheduled': { purpose: 'attendance', includes: everyone },
  'survey.positioning': { purpose: 'survey-positioning', includes: (p) => !p.positioningDone },
  'survey.hot': { purpose: 'survey-hot', includes: (p, s) => attended(p, s) && !p.hotDone },
  'survey.hot_reminder': { purpose: 'survey-hot', includes: (p, s) => attended(p, s) && !p.hotDone },
  'survey.cold': { purpose: 'survey-cold', includes: (p, s) => attended(p, s) && !p.coldDone && !isDirection(p) },
  'survey.cold_director': {
    purpose: 'survey-cold',
    includes: (p, s) => attended(p, s) && !p.coldDone && isDirection(p),
  },
  'survey.cold_reminder': { purpose: 'survey-cold', includes: (p, s) => attended(p, s) && !p.coldDone },
  'survey.director': { purpose: 'survey-director', includes: (p) => isDirection(p) && !p.directorDone },
}

/**
 * The participants a per-participant notification goes to (never those who withdrew), each with a fresh
 * personal link when the kind needs one. Kinds not listed above reach every active participant, without link.
 */
export async function resolveParticipants(
  payload: Payload,
  args: { sessionId: string; kind: NotificationKind; participantId?: string; now?: Date },
): Promise<ParticipantRecipient[]> {
  const audience = AUDIENCES[args.kind] ?? { includes: everyone }
  const [people, lines] = await Promise.all([
    loadEnrolled(payload, args.sessionId),
    loadSheetLines(payload, args.sessionId),
  ])
  const signedCount = (p: EnrolledPerson) =>
    lines.filter((l) => l.enrolmentId === p.enrolmentId && l.status === 'signed').length
  const chosen = people.filter(
    (p) => (!args.participantId || p.participantId === args.participantId) && audience.includes(p, signedCount(p)),
  )
  // A session without half-days yet cannot date a link: the mail goes out without one (the template falls back).
  const span = audience.purpose ? await sessionSpan(payload, args.sessionId) : undefined
  const recipients: ParticipantRecipient[] = []
  for (const p of chosen) {
    const issued =
      audience.purpose && span
        ? await issuePersonalLink(payload, {
            sessionId: args.sessionId,
            purpose: audience.purpose,
            holder: { participantId: p.participantId },
            now: args.now,
            span,
          })
        : undefined
    recipients.push({
      key: `p${p.participantId}`,
      address: p.email,
      name: p.name,
      language: p.language,
      participantId: p.participantId,
      link: issued?.url,
      linkOpenUntil: issued?.expiresAt.toISOString(),
    })
  }
  return recipients
}

/**
 * A personal link for an account holder: a facilitator's attendance page (`facilitator`: T12, T13,
 * attendance_open) or a structure admin answering for the direction (`survey-director`, `survey-cold`).
 */
export async function userLink(
  payload: Payload,
  args: {
    sessionId: string
    userId: string
    purpose: Extract<LinkPurpose, 'facilitator' | 'survey-director' | 'survey-cold'>
    now?: Date
  },
): Promise<string> {
  const issued = await issuePersonalLink(payload, {
    sessionId: args.sessionId,
    purpose: args.purpose,
    holder: { userId: args.userId },
    now: args.now,
  })
  return issued.url
}

/**
 * At the end of the session (E), turns every active enrolment's signed half-days into its outcome: attended,
 * partial or no-show, with its hours. Idempotent; the signing hooks keep hours current before that.
 */
export async function settleAttendance(payload: Payload, sessionId: string, now: Date = new Date()): Promise<void> {
  for (const p of await loadEnrolled(payload, sessionId))
    await recomputeEnrolmentHours(payload, p.enrolmentId, undefined, now)
}

// ——— Adapters for the seams of the mail and timer jobs (jobs/resolve-recipients.ts, jobs/handle-timer.ts) ———

type MailRecipient = ResolvedRecipient

const asMailRecipient = (r: ParticipantRecipient): MailRecipient => ({
  key: r.key,
  address: r.address,
  name: r.name,
  language: r.language,
  role: 'participants',
  link: r.link,
  linkOpenUntil: r.linkOpenUntil,
})

/** `provideParticipantRecipients(participantRecipients)`: the `participants` role of a mail request. */
export const participantRecipients: ParticipantResolver = async (payload, request, sessionId) =>
  sessionId
    ? (await resolveParticipants(payload, { sessionId, kind: request.kind, participantId: request.participantId })).map(
        asMailRecipient,
      )
    : []

const DIRECTOR_PURPOSE: Partial<Record<NotificationKind, Extract<LinkPurpose, 'survey-director' | 'survey-cold'>>> = {
  'survey.director': 'survey-director',
  'survey.cold_director': 'survey-cold',
}

/**
 * The `director` role of a questionnaire mail: each structure's participants in a direction role; for a
 * structure that sent no director, its structure admins answer for the direction, through their own link.
 * Those who already answered are skipped.
 */
export async function directorRecipients(
  payload: Payload,
  request: Pick<MailRequest, 'kind'>,
  sessionId: string,
): Promise<MailRecipient[]> {
  const purpose = DIRECTOR_PURPOSE[request.kind]
  const session = await loadSession(payload, sessionId)
  if (!purpose || !session) return []
  const directors = await resolveParticipants(payload, { sessionId, kind: request.kind })
  const people = await loadEnrolled(payload, sessionId)
  const covered = new Set(people.filter((p) => p.jobRole === 'direction').map((p) => p.structureId))
  const uncovered = session.structureIds.filter((id) => !covered.has(id))
  const found = directors.map(asMailRecipient)
  if (uncovered.length === 0) return found
  const { docs: admins } = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'structure-admin' } }, { structures: { in: uncovered } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const kind = purpose === 'survey-director' ? 'director' : 'cold'
  for (const admin of admins) {
    const { totalDocs } = await payload.count({
      collection: 'survey-responses',
      where: { respondentKey: { equals: respondentKey(sessionId, kind, { userId: String(admin.id) }) } },
      overrideAccess: true,
    })
    if (totalDocs > 0) continue
    found.push({
      key: `u${admin.id}`,
      address: admin.email,
      name: admin.name,
      language: admin.language === 'en' ? 'en' : 'fr',
      userId: String(admin.id),
      role: 'director',
      link: await userLink(payload, { sessionId, userId: String(admin.id), purpose }),
    })
  }
  return found
}

/** Facts only known when a check fires (role mix at list lock, a slot's attendance). */
export type CheckFacts = (payload: Payload, facts: FileFacts, sessionId: string | undefined, plan: TimerPlan) => Promise<Partial<FileFacts>>

/** The role-mix check (T4) and one half-day's attendance check (T13). */
export const sessionCheckFacts: CheckFacts = async (payload, _facts, sessionId, plan) => {
  if (!sessionId || plan.action.type !== 'check') return {}
  if (plan.action.check === 'role_mix') return { missingRoles: await missingRolesForSession(payload, sessionId) }
  if (plan.slotIndex === undefined) return {}
  const perSlot: (SlotAttendance | undefined)[] = []
  perSlot[plan.slotIndex] = await slotAttendance(payload, sessionId, plan.slotIndex)
  return { slotAttendance: perSlot }
}
