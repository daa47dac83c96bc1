/**
 * approved/self_funded/convened: reschedule | SA/RC new dates (guard: ≤ 3 months, same year, within validUntil)
 * else → draft | P: modification notice if already convened | recompute T4–T12 | old T4–T12.
 */
import { SA_OR_RC, type Actor } from './actors'
import { roleName } from './role-names'
import { DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from './config'
import { sessionEndOf, sessionStartOf } from './dates'
import { PlanBuilder, type EffectsPlan } from './effects'
import type { FileFacts, FilePatch, Slot } from './facts'
import { rescheduleWithinApc } from './guards'
import { fileMessages, type Bilingual } from './messages'
import type { Failure } from './results'
import type { FileState } from './states'
import { SESSION_PREP_TIMERS } from './timer-names'
import {
  armApproval,
  armCompletenessNudge,
  armDeadlineReminders,
  armSessionReminders,
  armSessionStartExpiry,
} from './timers'
import { allowedMoves } from './transitions'
import { checkDates } from './validation'

export const RESCHEDULABLE_STATES: readonly FileState[] = ['approved', 'self_funded', 'convened']

export interface RescheduleSuccess {
  ok: true
  from: FileState
  /** Same state when the guard holds, `draft` when the new dates need a new funding request. */
  to: FileState
  backToDraft: boolean
  /** Why the file went back to draft. */
  reason?: Bilingual
  plan: EffectsPlan
  patch: FilePatch
}

export type RescheduleResult = RescheduleSuccess | Failure<FileState>

export interface RescheduleOptions {
  slots?: Slot[]
  config?: WorkflowConfig
}

export function reschedule(
  file: FileFacts,
  newStart: Date,
  newEnd: Date,
  actor: Actor,
  now: Date,
  options: RescheduleOptions = {},
): RescheduleResult {
  const config = options.config ?? DEFAULT_WORKFLOW_CONFIG
  const allowed = allowedMoves(file, actor, now, config)
  if (!RESCHEDULABLE_STATES.includes(file.status)) {
    const reason = {
      fr: 'Seul un dossier accordé, autofinancé ou convoqué peut changer de dates.',
      en: 'Only an approved, self-funded or convened file can be rescheduled.',
    }
    return { ok: false, code: 'illegal', message: fileMessages.because(reason, allowed), allowed }
  }
  if (!SA_OR_RC.includes(actor.role)) {
    const reason = {
      fr: `Le rôle « ${roleName(actor.role).fr} » ne peut pas changer les dates de la session.`,
      en: `The role “${roleName(actor.role).en}” may not reschedule the session.`,
    }
    return { ok: false, code: 'forbidden', message: fileMessages.because(reason, allowed), allowed }
  }
  const invalid =
    checkDates(newStart, newEnd, options.slots) ??
    (newStart <= now
      ? { fr: 'La nouvelle date de début est déjà passée.', en: 'The new start date is already past.' }
      : undefined)
  if (invalid !== undefined) {
    return { ok: false, code: 'invalid_input', message: fileMessages.because(invalid, allowed), allowed }
  }
  const slots = options.slots ?? shiftedSlots(file, newStart, newEnd)
  if (slots === undefined) {
    const reason = {
      fr: 'La durée de la session change : indiquez les nouveaux créneaux.',
      en: 'The session length changes: enter the new slots.',
    }
    return { ok: false, code: 'invalid_input', message: fileMessages.because(reason, allowed), allowed }
  }

  const datesPatch: FilePatch = { sessionStart: newStart, sessionEnd: newEnd, slots }
  const next: FileFacts = { ...file, ...datesPatch }
  // A self-funded session answers to no APC: the OPCO rules on postponement do not apply.
  const apcBound = file.status !== 'self_funded' && file.selfFunded !== true
  const blocked = apcBound ? rescheduleWithinApc(file, newStart, newEnd, config) : undefined

  const b = new PlanBuilder(now, file.timerSeq)
  const convened = file.status === 'convened'
  const previousStart = sessionStartOf(file)
  const data = {
    sessionStart: newStart.toISOString(),
    sessionEnd: newEnd.toISOString(),
    previousStart: previousStart === undefined ? null : previousStart.toISOString(),
    // The former half-days, whose calendar events the mail cancels (src/email/calendar.ts), as ISO 8601 intervals
    // "start/end": plan data holds flat values; src/email/revive.ts reads them back.
    previousSlots: (file.slots ?? []).map((s) => `${s.start.toISOString()}/${s.end.toISOString()}`),
    backToDraft: blocked !== undefined,
  }
  b.notify('file.rescheduled', convened ? ['participants', 'facilitators'] : ['facilitators'], {
    data,
    ...(convened ? { perParticipant: true, attach: ['ics' as const] } : {}),
  })
  b.cancel(...SESSION_PREP_TIMERS)

  let to: FileState = file.status
  if (blocked === undefined) {
    armApproval(b, next, config, { convocations: !convened, validityWatch: file.status !== 'self_funded' })
    if (convened) armSessionReminders(b, next, config)
  } else {
    // The APC does not cover the new dates: a new funding request starts from draft.
    to = 'draft'
    b.notify('file.rescheduled', ['structure-admins', 'coordinators'], {
      data: { ...data, reasonFr: blocked.fr, reasonEn: blocked.en },
    })
    armCompletenessNudge(b, now, config)
    armDeadlineReminders(b, next, config)
    armSessionStartExpiry(b, next)
  }
  const patch: FilePatch = { ...datesPatch, status: to }
  const timerSeq = b.timerSeq()
  if (timerSeq !== undefined) patch.timerSeq = timerSeq
  const result: RescheduleSuccess = {
    ok: true,
    from: file.status,
    to,
    backToDraft: blocked !== undefined,
    plan: b.plan,
    patch,
  }
  if (blocked !== undefined) result.reason = blocked
  return result
}

/**
 * Without new slots, the old ones move with the session when it keeps its length (the usual "same three days,
 * another week"); a session whose length changes needs its slots typed again (undefined).
 */
function shiftedSlots(file: FileFacts, newStart: Date, newEnd: Date): Slot[] | undefined {
  const old = file.slots ?? []
  if (old.length === 0) return []
  const oldStart = sessionStartOf(file)
  const oldEnd = sessionEndOf(file)
  if (oldStart === undefined || oldEnd === undefined) return undefined
  if (newEnd.getTime() - newStart.getTime() !== oldEnd.getTime() - oldStart.getTime()) return undefined
  const offset = newStart.getTime() - oldStart.getTime()
  return old.map((s) => ({ start: new Date(s.start.getTime() + offset), end: new Date(s.end.getTime() + offset) }))
}
