/**
 * What a timer job does when it fires. The job re-reads the file and calls onTimerFired: a timer whose file has
 * moved on to a state where it no longer belongs does nothing (cancellation by id is best effort: an active job
 * cannot be removed). Timers that move the file go through `transition` like everyone else.
 */
import { SYSTEM_ACTOR } from './actors'
import { DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from './config'
import { addDays, sessionStartOf } from './dates'
import { PlanBuilder, type NotifyRequest, type ReasonStates, type TimerPlan, type WorkflowTask } from './effects'
import type { FileFacts, FilePatch } from './facts'
import { missingChecklistItems } from './guards'
import { BILLING_STATE_LABELS, FILE_STATE_LABELS, type BillingState, type FileState } from './states'
import type { TimerName } from './timer-names'
import { transition } from './transitions'

export type TimerOutcome =
  | { type: 'noop'; reason: string }
  /** Send these, add these follow-up occurrences, write this patch, run these tasks. */
  | { type: 'notify'; notify: NotifyRequest[]; schedule: TimerPlan[]; patch: FilePatch; tasks: WorkflowTask[] }
  /** Call transition(file, to, SYSTEM_ACTOR, now) and apply its result like any move. */
  | { type: 'transition'; to: FileState }
  | { type: 'billing'; to: BillingState }
  | { type: 'task'; task: WorkflowTask }

/**
 * How early a timer may run and still count as on time: the processes that add, promote and run timer jobs read
 * their own clocks, and NTP keeps those within milliseconds of each other. Beyond it the job ran before its time (a
 * worker's clock ahead, a delayed job promoted by hand) and must wait for the rest (see timerEarlyByMs).
 */
export const TIMER_EARLY_TOLERANCE_MS = 1000

/** How long before its due time `at` a timer runs at `now`: 0 when it is due (within the tolerance). */
export function timerEarlyByMs(at: Date | string, now: Date, toleranceMs = TIMER_EARLY_TOLERANCE_MS): number {
  const early = new Date(at).getTime() - now.getTime()
  return early > toleranceMs ? early : 0
}

const BILLABLE: readonly FileState[] = ['evidence_ready', 'follow_up', 'reported']

/** The states (and for billing timers the billing status) in which each timer still has a job to do. */
export const TIMER_RELEVANCE: Record<TimerName, { states: readonly FileState[]; billing?: BillingState }> = {
  T0: { states: ['draft'] },
  T1: { states: ['draft', 'ready'] },
  T2: { states: ['submitted'] },
  T3: { states: ['info_requested'] },
  T4: { states: ['approved', 'self_funded', 'convened'] },
  T5: { states: ['approved', 'self_funded'] },
  T6: { states: ['approved', 'self_funded', 'convened'] },
  T7: { states: ['approved', 'self_funded', 'convened'] },
  T8: { states: ['approved', 'convened', 'in_progress'] },
  T9: { states: ['partially_approved'] },
  T10: { states: ['refused'] },
  T11: { states: ['convened'] },
  T12: { states: ['convened'] },
  // The last slot's check runs after the move to delivered.
  T13: { states: ['in_progress', 'delivered'] },
  T14: { states: ['delivered', 'evidence_ready'] },
  T15: { states: ['delivered', 'evidence_ready', 'follow_up'] },
  T16: { states: ['delivered', 'evidence_ready'] },
  T17: { states: BILLABLE, billing: 'to_invoice' },
  T18: { states: BILLABLE, billing: 'invoiced' },
  T19: { states: BILLABLE, billing: 'rejected' },
  T20: { states: ['follow_up'] },
  // Still `delivered` at E+60: the survey goes out anyway and RC is alerted.
  T20a: { states: ['delivered', 'evidence_ready'] },
  T22: { states: ['closed'] },
  expiry: { states: ['draft', 'ready', 'submitted', 'info_requested', 'approved'] },
  session_start: { states: ['convened'] },
  session_end: { states: ['in_progress'] },
}

function notifyOutcome(
  notify: NotifyRequest[],
  extra: Partial<{ schedule: TimerPlan[]; patch: FilePatch; tasks: WorkflowTask[] }> = {},
): TimerOutcome {
  return { type: 'notify', notify, schedule: extra.schedule ?? [], patch: extra.patch ?? {}, tasks: extra.tasks ?? [] }
}

/**
 * Why a timer's mail no longer holds, in French and English, given the file as it is when the mail is rendered (an
 * approval may land between the timer's firing and its mail); undefined while it still holds.
 */
export function reasonGone(
  reason: ReasonStates,
  file: { status: FileState; billingStatus?: BillingState },
): { fr: string; en: string } | undefined {
  if (!reason.states.includes(file.status)) {
    const label = FILE_STATE_LABELS[file.status]
    return { fr: `le dossier est passé à l’état « ${label.fr} »`, en: `the file is now ${label.en}` }
  }
  if (reason.billing !== undefined && file.billingStatus !== reason.billing) {
    const label = file.billingStatus ? BILLING_STATE_LABELS[file.billingStatus] : { fr: 'aucune', en: 'none' }
    return { fr: `la facturation est passée à « ${label.fr} »`, en: `billing is now ${label.en}` }
  }
  return undefined
}

/** What a timer does when it fires; its mails carry their reason (the states the timer acts in), re-checked at render. */
export function onTimerFired(
  file: FileFacts,
  timer: TimerPlan,
  now: Date,
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): TimerOutcome {
  const outcome = decideTimer(file, timer, now, config)
  if (outcome.type !== 'notify') return outcome
  const { states, billing } = TIMER_RELEVANCE[timer.timer]
  const whileIn: ReasonStates = billing === undefined ? { states: [...states] } : { states: [...states], billing }
  return { ...outcome, notify: outcome.notify.map((n) => ({ ...n, whileIn })) }
}

function decideTimer(file: FileFacts, timer: TimerPlan, now: Date, config: WorkflowConfig): TimerOutcome {
  const relevance = TIMER_RELEVANCE[timer.timer]
  if (!relevance.states.includes(file.status)) {
    return { type: 'noop', reason: `${timer.timer} does not act on a file in state ${file.status}` }
  }
  if (relevance.billing !== undefined && file.billingStatus !== relevance.billing) {
    return { type: 'noop', reason: `${timer.timer} does not act on billing status ${file.billingStatus}` }
  }

  if (timer.timer === 'T20a' && file.status === 'delivered') {
    if (file.coldSurveySentAt !== undefined) return { type: 'noop', reason: 'cold survey already sent' }
    return notifyOutcome(
      [
        { kind: 'survey.cold', to: ['participants'], perParticipant: true },
        { kind: 'survey.cold_director', to: ['director'], data: { secondTrainingOffer: true } },
        { kind: 'survey.cold_late_alert', to: ['coordinators'] },
      ],
      { patch: { coldSurveySentAt: now } },
    )
  }

  if (timer.timer === 'T0') return completenessNudge(file, timer, now, config)

  const action = timer.action
  switch (action.type) {
    case 'notify': {
      const request: NotifyRequest = { kind: action.kind, to: action.to }
      if (action.data !== undefined) request.data = action.data
      if (timer.perParticipant === true) request.perParticipant = true
      if (timer.participantId !== undefined) request.participantId = timer.participantId
      return notifyOutcome([request])
    }
    case 'transition': {
      // Same guards as any move: a clock whose date changed since arming (reschedule) finds its guard false.
      const attempt = transition(file, action.to, SYSTEM_ACTOR, now, {}, config)
      return attempt.ok ? { type: 'transition', to: action.to } : { type: 'noop', reason: attempt.message.en }
    }
    case 'billing':
      return file.billingStatus === action.to
        ? { type: 'noop', reason: `billing already ${action.to}` }
        : { type: 'billing', to: action.to }
    case 'task':
      return { type: 'task', task: action.task }
    case 'check':
      return action.check === 'role_mix' ? roleMixCheck(file) : attendanceCheck(file, timer)
  }
}

/** T0 nudges while something is missing, and chains its next occurrence until D. */
function completenessNudge(file: FileFacts, timer: TimerPlan, now: Date, config: WorkflowConfig): TimerOutcome {
  const missing = missingChecklistItems(file, config)
  const notify: NotifyRequest[] =
    missing.length > 0
      ? [{ kind: 'file.missing_items', to: ['structure-admins'], data: { missingItems: missing } }]
      : []
  // The next index must differ from the running job's, even if the caller did not persist the sequence.
  const seq = { ...file.timerSeq, T0: Math.max(file.timerSeq?.T0 ?? 0, timer.n + 1) }
  const b = new PlanBuilder(now, seq)
  const next = addDays(now, config.completenessNudgeEveryDays)
  const d = sessionStartOf(file)
  if (d === undefined || next < d) {
    b.schedule('T0', next, { type: 'notify', kind: 'file.missing_items', to: ['structure-admins'] }, 'drop')
  }
  const timerSeq = b.timerSeq()
  return notifyOutcome(notify, { schedule: b.plan.schedule, patch: timerSeq === undefined ? {} : { timerSeq } })
}

/**
 * T4 at D−10: lock the list and compare enrolments with the role-mix target. Unknown role mix (caller did not
 * compute it) → warn anyway: a needless check mail costs less than a missed one.
 */
function roleMixCheck(file: FileFacts): TimerOutcome {
  const missing = file.missingRoles
  const notify: NotifyRequest[] =
    missing !== undefined && missing.length === 0
      ? []
      : [
          {
            kind: 'session.role_mix_check',
            to: ['structure-admins', 'coordinators'],
            data: { missingRoles: missing ?? null },
          },
        ]
  return notifyOutcome(notify, { tasks: ['lock_participant_list'] })
}

/**
 * T13 per slot: unsigned sheets → TR; absences → SA the same day (Qualiopi ind. 12). Unknown attendance → ask
 * the trainer to check (never claim an absence we do not know of).
 */
function attendanceCheck(file: FileFacts, timer: TimerPlan): TimerOutcome {
  const slotIndex = timer.slotIndex ?? 0
  const found = file.slotAttendance?.[slotIndex]
  if (found === undefined) {
    return notifyOutcome([
      { kind: 'attendance.unsigned', to: ['facilitators'], data: { slotIndex, unsignedSheets: null } },
    ])
  }
  const notify: NotifyRequest[] = []
  if (found.unsignedSheets > 0) {
    notify.push({
      kind: 'attendance.unsigned',
      to: ['facilitators'],
      data: { slotIndex, unsignedSheets: found.unsignedSheets },
    })
  }
  if (found.absentParticipants > 0) {
    notify.push({
      kind: 'attendance.absence',
      to: ['structure-admins'],
      data: { slotIndex, absentParticipants: found.absentParticipants },
    })
  }
  if (notify.length === 0) return { type: 'noop', reason: `slot ${slotIndex}: all sheets signed, nobody absent` }
  return notifyOutcome(notify)
}
