import type { FileState, BillingState } from './states'
import type { NotificationKind, RecipientRole } from './notification-kinds'
import type { TimerName } from './timer-names'
import type { TimerSequence } from './facts'

/**
 * Facts for the template, merged into the mail context: keys follow the mail side's context names (reason,
 * remainder, deadline, missingItems…), dates travel as ISO strings (job data is JSON).
 */
export type NotificationData = Record<string, string | number | boolean | null | string[]>

export type Attachment = 'ics' | 'reglement_interieur' | 'dpc_pack'

/** A notification to request from the mail queue; recipients are roles, resolved to addresses at send time. */
export interface NotifyRequest {
  kind: NotificationKind
  to: RecipientRole[]
  data?: NotificationData
  /** One mail per participant; the sender skips participants who already answered, signed or withdrew. */
  perParticipant?: boolean
  /** Only this participant (participant added late). */
  participantId?: string
  attach?: Attachment[]
  /** People not to send it to: the one who made the move already knows (see actor-notice.ts). */
  exceptUserIds?: string[]
  /**
   * The reason of a timer's mail: the file states (and billing status) in which it still holds. The mail side reads
   * the file again when it renders the mail and sends nothing if the file has moved on (see reasonGone).
   */
  whileIn?: ReasonStates
}

export interface ReasonStates {
  states: FileState[]
  billing?: BillingState
}

/** Work a timer hands to the executor that is neither a mail nor a move. */
export type WorkflowTask = 'lock_participant_list' | 'close_hot_survey' | 'purge_personal_data'

/** Documents a move asks the document builders to produce. */
export type GeneratedDocument = 'dpc_pack' | 'convocations' | 'attestations_draft' | 'certificats_draft' | 'report'

/** What a timer does when it fires, if its file is still where the timer belongs (see onTimerFired). */
export type TimerAction =
  | { type: 'notify'; kind: NotificationKind; to: RecipientRole[]; data?: NotificationData }
  | { type: 'transition'; to: FileState }
  | { type: 'billing'; to: BillingState }
  /** Outcome depends on facts only known when the timer fires (role mix at list lock, a slot's attendance). */
  | { type: 'check'; check: 'role_mix' | 'attendance' }
  | { type: 'task'; task: WorkflowTask }

/** One delayed job to add; its id is timerJobId(fileId, timer, n). */
export interface TimerPlan {
  timer: TimerName
  /** Occurrence index, unique per file and timer over the file's whole life (see job-ids.ts). */
  n: number
  at: Date
  action: TimerAction
  perParticipant?: boolean
  slotIndex?: number
  participantId?: string
}

export interface EffectsPlan {
  notify: NotifyRequest[]
  schedule: TimerPlan[]
  /**
   * Remove ALL pending jobs of these timers for this file. The executor applies `cancel` before `schedule`
   * (no plan cancels and schedules the same timer, but the order keeps that safe).
   */
  cancel: TimerName[]
  /** Remove the pending jobs of these timers whose time is not after the move ("T13 (past slots)"). */
  cancelPast: TimerName[]
  /** Remove the jobs scheduled for one participant only (participant withdrawn). */
  cancelForParticipant: { participantId: string; timers: TimerName[] }[]
  generate: GeneratedDocument[]
}

export function emptyPlan(): EffectsPlan {
  return { notify: [], schedule: [], cancel: [], cancelPast: [], cancelForParticipant: [], generate: [] }
}

/**
 * What to do with an occurrence whose time is already past when the plan is made:
 * - `drop`: a reminder or relance that is stale once its moment has gone (a later occurrence or the move itself
 *   covers it);
 * - `now`: something that must still happen even late (convocations "now if later", escalations, checks,
 *   closings and the clock moves).
 */
export type Lateness = 'drop' | 'now'

export interface ScheduleOptions {
  slotIndex?: number
  participantId?: string
  perParticipant?: boolean
}

/** Collects one move's effects and numbers timer occurrences from the file's sequence. */
export class PlanBuilder {
  readonly plan: EffectsPlan = emptyPlan()
  private readonly seq: TimerSequence
  private seqChanged = false

  constructor(
    readonly now: Date,
    seq: TimerSequence | undefined,
  ) {
    this.seq = { ...(seq ?? {}) }
  }

  notify(kind: NotificationKind, to: RecipientRole[], extra: Omit<NotifyRequest, 'kind' | 'to'> = {}): this {
    this.plan.notify.push({ kind, to, ...extra })
    return this
  }

  /** Adds an occurrence; `at` undefined or invalid (the date it hangs on is unknown) schedules nothing. */
  schedule(
    timer: TimerName,
    at: Date | undefined,
    action: TimerAction,
    lateness: Lateness,
    options: ScheduleOptions = {},
  ): this {
    if (at === undefined || Number.isNaN(at.getTime())) return this
    let when = at
    if (at < this.now) {
      if (lateness === 'drop') return this
      when = this.now
    }
    const n = this.seq[timer] ?? 0
    this.seq[timer] = n + 1
    this.seqChanged = true
    const entry: TimerPlan = { timer, n, at: when, action }
    if (options.perParticipant === true) entry.perParticipant = true
    if (options.slotIndex !== undefined) entry.slotIndex = options.slotIndex
    if (options.participantId !== undefined) entry.participantId = options.participantId
    this.plan.schedule.push(entry)
    return this
  }

  cancel(...timers: TimerName[]): this {
    for (const t of timers) if (!this.plan.cancel.includes(t)) this.plan.cancel.push(t)
    return this
  }

  cancelPast(...timers: TimerName[]): this {
    for (const t of timers) if (!this.plan.cancelPast.includes(t)) this.plan.cancelPast.push(t)
    return this
  }

  generate(...docs: GeneratedDocument[]): this {
    for (const d of docs) if (!this.plan.generate.includes(d)) this.plan.generate.push(d)
    return this
  }

  /** The updated sequence, or undefined when nothing was scheduled (nothing to write). */
  timerSeq(): TimerSequence | undefined {
    return this.seqChanged ? { ...this.seq } : undefined
  }
}
