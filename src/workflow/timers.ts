/**
 * The timers of domain §5: when each occurrence fires, what it does, and what happens when its time is already
 * past at arming (see `Lateness` in effects.ts). Summary of the lateness choices:
 * - fired now if late: T1 and T2 escalations, T4 list lock, T5 convocations ("now if later"), T6 positioning
 *   survey, T7 trainer logistics, T8 validity watch, T12 trainer attendance link, T13 attendance checks, the
 *   T14 and T20 closings, T20a, and the clock timers (expiry, session start/end);
 * - dropped if late: the SA deadline reminders of T1, the T2 reminders counted from a back-dated filing, the T6
 *   relance, the T9/T10 "postpone or cancel" proposals at D−14 (the refusal or partial notice already carries
 *   the options), T11 day-before reminder, the T20 relances counted from a cold survey sent earlier.
 * Timers hanging on a date the file does not have (no D, no validUntil) are not armed.
 */
import type { WorkflowConfig } from './config'
import { addDays, addHours, addYears, sessionEndOf, sessionStartOf, firstSlotStartOf, validityEndOf } from './dates'
import { leadTimeDays } from './deadline'
import { listLockAt } from './list-lock'
import type { PlanBuilder, TimerAction } from './effects'
import type { FileFacts } from './facts'

/** T0: completeness nudge to SA, every 7 d while in draft (next occurrence chained when one fires). */
export function armCompletenessNudge(b: PlanBuilder, from: Date, config: WorkflowConfig): void {
  b.schedule(
    'T0',
    addDays(from, config.completenessNudgeEveryDays),
    { type: 'notify', kind: 'file.missing_items', to: ['structure-admins'] },
    'drop',
  )
}

/**
 * T1: SA at D−45, D−35 and D−L−1, RC escalation at D−L. SA reminders falling after the last day to file, or on
 * the same day as an earlier one, are skipped: they could only say "too late" (the escalation's job).
 */
export function armDeadlineReminders(b: PlanBuilder, file: FileFacts, config: WorkflowConfig): void {
  const d = sessionStartOf(file)
  if (d === undefined) return
  const deadline = addDays(d, -leadTimeDays(file.opco, config, file.leadTimeDays))
  const data = { deadline: deadline.toISOString() }
  const reminders = [
    addDays(d, -config.deadlineFirstReminderDaysBefore),
    addDays(d, -config.deadlineSecondReminderDaysBefore),
    addDays(deadline, -config.deadlineLastReminderDaysBeforeDeadline),
  ]
    .filter((at) => at < deadline)
    .sort((a, c) => a.getTime() - c.getTime())
    .filter((at, i, all) => i === 0 || at.getTime() !== all[i - 1]?.getTime())
  for (const at of reminders) {
    b.schedule('T1', at, { type: 'notify', kind: 'file.deadline_reminder', to: ['structure-admins'], data }, 'drop')
  }
  b.schedule('T1', deadline, { type: 'notify', kind: 'file.deadline_escalation', to: ['coordinators'], data }, 'now')
}

/** T2 "did the OPCO answer?": SA at +14 d and +21 d, RC escalation at min(+28 d, D−10), counted from `from`. */
export function armOpcoSilence(b: PlanBuilder, file: FileFacts, from: Date, config: WorkflowConfig): void {
  const sa: TimerAction = { type: 'notify', kind: 'file.opco_silent', to: ['structure-admins'] }
  b.schedule('T2', addDays(from, config.opcoSilentFirstReminderDays), sa, 'drop')
  b.schedule('T2', addDays(from, config.opcoSilentSecondReminderDays), sa, 'drop')
  let escalation = addDays(from, config.opcoSilentEscalationDays)
  const d = sessionStartOf(file)
  if (d !== undefined) {
    const beforeSession = addDays(d, -config.opcoSilentEscalationDaysBefore)
    if (beforeSession < escalation) escalation = beforeSession
  }
  b.schedule('T2', escalation, { type: 'notify', kind: 'file.opco_silent_escalation', to: ['coordinators'] }, 'now')
}

/** T3: SA at +3 d and +7 d, RC at +10 d after the OPCO asked for more. */
export function armInfoRequest(b: PlanBuilder, from: Date, config: WorkflowConfig): void {
  const sa: TimerAction = { type: 'notify', kind: 'file.info_reminder', to: ['structure-admins'] }
  b.schedule('T3', addDays(from, config.infoFirstReminderDays), sa, 'drop')
  b.schedule('T3', addDays(from, config.infoSecondReminderDays), sa, 'drop')
  b.schedule(
    'T3',
    addDays(from, config.infoEscalationDays),
    { type: 'notify', kind: 'file.info_reminder', to: ['coordinators'] },
    'drop',
  )
}

export interface ApprovalTimerOptions {
  /** T5: convocations (not re-armed for a file already convened). */
  convocations: boolean
  /** T8: APC validity watch (only with an APC). */
  validityWatch: boolean
}

/**
 * "as approved": T4 list lock & role-mix check D−10; T5 convocations D−14 (now if later); T6 positioning survey
 * D−10, relance D−5; T7 trainer logistics D−7; T8 validity watch validUntil−15 d.
 */
export function armApproval(
  b: PlanBuilder,
  file: FileFacts,
  config: WorkflowConfig,
  options: ApprovalTimerOptions,
): void {
  const d = sessionStartOf(file)
  if (d !== undefined) {
    b.schedule('T4', listLockAt(d, config), { type: 'check', check: 'role_mix' }, 'now')
    if (options.convocations) {
      b.schedule('T5', addDays(d, -config.convocationDaysBefore), { type: 'transition', to: 'convened' }, 'now')
    }
    b.schedule(
      'T6',
      addDays(d, -config.positioningSurveyDaysBefore),
      { type: 'notify', kind: 'survey.positioning', to: ['participants'] },
      'now',
      { perParticipant: true },
    )
    b.schedule(
      'T6',
      addDays(d, -config.positioningReminderDaysBefore),
      { type: 'notify', kind: 'survey.positioning', to: ['participants'], data: { reminder: true } },
      'drop',
      { perParticipant: true },
    )
    b.schedule(
      'T7',
      addDays(d, -config.trainerLogisticsDaysBefore),
      { type: 'notify', kind: 'session.trainer_logistics', to: ['facilitators'] },
      'now',
    )
  }
  if (options.validityWatch && file.validUntil !== undefined) {
    b.schedule(
      'T8',
      addDays(file.validUntil, -config.apcValidityWarningDaysBefore),
      {
        type: 'notify',
        kind: 'file.apc_validity',
        to: ['structure-admins', 'coordinators'],
        data: { validUntil: file.validUntil.toISOString() },
      },
      'now',
    )
  }
}

/** Clock: an approved file expires when its APC lapses before delivery. */
export function armValidityExpiry(b: PlanBuilder, file: FileFacts): void {
  if (file.validUntil === undefined) return
  b.schedule('expiry', validityEndOf(file.validUntil), { type: 'transition', to: 'expired' }, 'now')
}

/** Clock: a file without approval expires at D. */
export function armSessionStartExpiry(b: PlanBuilder, file: FileFacts): void {
  b.schedule('expiry', sessionStartOf(file), { type: 'transition', to: 'expired' }, 'now')
}

function armPostponeProposal(b: PlanBuilder, timer: 'T9' | 'T10', file: FileFacts, config: WorkflowConfig): void {
  const d = sessionStartOf(file)
  if (d === undefined) return
  b.schedule(
    timer,
    addDays(d, -config.postponeProposalDaysBefore),
    { type: 'notify', kind: 'file.postpone_or_cancel_proposal', to: ['structure-admins', 'coordinators'] },
    'drop',
  )
}

/** T9: decision reminder SA +3 d, RC +5 d; proposal to postpone or cancel at D−14. */
export function armPartialDecision(b: PlanBuilder, file: FileFacts, now: Date, config: WorkflowConfig): void {
  b.schedule(
    'T9',
    addDays(now, config.partialDecisionStructureDays),
    { type: 'notify', kind: 'file.partial_decision_reminder', to: ['structure-admins'] },
    'drop',
  )
  b.schedule(
    'T9',
    addDays(now, config.partialDecisionCoordinatorDays),
    { type: 'notify', kind: 'file.partial_decision_reminder', to: ['coordinators'] },
    'drop',
  )
  armPostponeProposal(b, 'T9', file, config)
}

/** T10: options reminder +7 d; proposal to postpone or cancel at D−14. */
export function armRefusalOptions(b: PlanBuilder, file: FileFacts, now: Date, config: WorkflowConfig): void {
  b.schedule(
    'T10',
    addDays(now, config.refusalOptionsReminderDays),
    { type: 'notify', kind: 'file.refusal_options_reminder', to: ['structure-admins'] },
    'drop',
  )
  armPostponeProposal(b, 'T10', file, config)
}

/** After convocation: T11 P day-before reminder D−1; T12 TR D−2 with the attendance link; clock at first slot. */
export function armSessionReminders(b: PlanBuilder, file: FileFacts, config: WorkflowConfig): void {
  const d = sessionStartOf(file)
  if (d !== undefined) {
    b.schedule(
      'T11',
      addDays(d, -config.dayBeforeReminderDays),
      { type: 'notify', kind: 'session.day_before', to: ['participants'] },
      'drop',
      { perParticipant: true },
    )
    b.schedule(
      'T12',
      addDays(d, -config.trainerReminderDaysBefore),
      { type: 'notify', kind: 'session.trainer_reminder', to: ['facilitators'], data: { attendanceLink: true } },
      'now',
    )
  }
  b.schedule('session_start', firstSlotStartOf(file), { type: 'transition', to: 'in_progress' }, 'now')
}

/** During the session: T13 per slot at end + 2 h; clock at E. */
export function armAttendanceChecks(b: PlanBuilder, file: FileFacts, config: WorkflowConfig): void {
  const slots = [...(file.slots ?? [])].sort((a, c) => a.start.getTime() - c.start.getTime())
  slots.forEach((slot, slotIndex) => {
    b.schedule(
      'T13',
      addHours(slot.end, config.attendanceCheckHoursAfterSlot),
      { type: 'check', check: 'attendance' },
      'now',
      {
        slotIndex,
      },
    )
  })
  b.schedule('session_end', sessionEndOf(file), { type: 'transition', to: 'delivered' }, 'now')
}

/**
 * At delivery: T14 hot-survey relance +2 d, +5 d, close +10 d; T15 report due TR +3 d, RC +7 d; T16 director
 * survey +7 d; T20a cold survey at E+60 d.
 */
export function armAfterSession(b: PlanBuilder, file: FileFacts, now: Date, config: WorkflowConfig): void {
  const hotReminder: TimerAction = { type: 'notify', kind: 'survey.hot_reminder', to: ['participants'] }
  b.schedule('T14', addDays(now, config.hotSurveyFirstReminderDays), hotReminder, 'drop', { perParticipant: true })
  b.schedule('T14', addDays(now, config.hotSurveySecondReminderDays), hotReminder, 'drop', { perParticipant: true })
  b.schedule('T14', addDays(now, config.hotSurveyCloseDays), { type: 'task', task: 'close_hot_survey' }, 'now')
  b.schedule(
    'T15',
    addDays(now, config.sessionReportTrainerDays),
    { type: 'notify', kind: 'session.report_due', to: ['facilitators'] },
    'drop',
  )
  b.schedule(
    'T15',
    addDays(now, config.sessionReportCoordinatorDays),
    { type: 'notify', kind: 'session.report_due', to: ['coordinators'] },
    'drop',
  )
  b.schedule(
    'T16',
    addDays(now, config.directorSurveyDays),
    { type: 'notify', kind: 'survey.director', to: ['director'] },
    'drop',
  )
  armColdSurveyStart(b, sessionEndOf(file) ?? now, config)
}

/** T20a at E+60 d: the cold survey, and evidence_ready → follow_up. */
export function armColdSurveyStart(b: PlanBuilder, sessionEnd: Date, config: WorkflowConfig): void {
  armColdSurveyAt(b, addDays(sessionEnd, config.coldSurveyDaysAfter))
}

/** T20a at a given time (now, when the E+60 d occurrence was already spent while the file was delivered). */
export function armColdSurveyAt(b: PlanBuilder, at: Date): void {
  b.schedule('T20a', at, { type: 'transition', to: 'follow_up' }, 'now')
}

/** T17: RC invoice reminder +10 d. */
export function armInvoiceReminder(b: PlanBuilder, now: Date, config: WorkflowConfig): void {
  b.schedule(
    'T17',
    addDays(now, config.invoiceReminderDays),
    { type: 'notify', kind: 'billing.invoice_reminder', to: ['coordinators'] },
    'drop',
  )
}

/** T18: payment follow-up +30 d, +45 d (to RC, who records payments). */
export function armPaymentFollowUp(b: PlanBuilder, now: Date, config: WorkflowConfig): void {
  const action: TimerAction = { type: 'notify', kind: 'billing.payment_followup', to: ['coordinators'] }
  b.schedule('T18', addDays(now, config.paymentFirstFollowUpDays), action, 'drop')
  b.schedule('T18', addDays(now, config.paymentSecondFollowUpDays), action, 'drop')
}

/** T19: fix reminder +5 d after an OPCO rejection. */
export function armRejectedFix(b: PlanBuilder, now: Date, config: WorkflowConfig): void {
  b.schedule(
    'T19',
    addDays(now, config.rejectedFixReminderDays),
    { type: 'notify', kind: 'billing.rejected_fix', to: ['coordinators'] },
    'drop',
  )
}

/** T20: cold relance +7 d, +14 d; close +21 d (→ reported), counted from when the cold survey went out. */
export function armColdSurveyFollowUp(b: PlanBuilder, sentAt: Date, config: WorkflowConfig): void {
  const reminder: TimerAction = { type: 'notify', kind: 'survey.cold_reminder', to: ['participants'] }
  b.schedule('T20', addDays(sentAt, config.coldSurveyFirstReminderDays), reminder, 'drop', { perParticipant: true })
  b.schedule('T20', addDays(sentAt, config.coldSurveySecondReminderDays), reminder, 'drop', { perParticipant: true })
  b.schedule('T20', addDays(sentAt, config.coldSurveyCloseDays), { type: 'transition', to: 'reported' }, 'now')
}

/** T22: anonymise/purge at +6 y, +10 y if co-funded. */
export function armRetention(b: PlanBuilder, file: FileFacts, now: Date, config: WorkflowConfig): void {
  const years = file.coFunded === true ? config.retentionYearsCoFunded : config.retentionYears
  b.schedule('T22', addYears(now, years), { type: 'task', task: 'purge_personal_data' }, 'now')
}
