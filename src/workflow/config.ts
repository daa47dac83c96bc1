/**
 * Every delay of domain §5 as a named number, with the domain defaults. Days are calendar days (24 h steps);
 * "before" delays count back from D (session start) or a deadline, "after" delays count forward from the move
 * that arms the timer unless the name says otherwise.
 */
export interface WorkflowConfig {
  /** Filing lead time L per OPCO, keyed by normalised OPCO name (see `normaliseOpco`). */
  leadTimeDaysByOpco: Record<string, number>
  /** L when the OPCO is unknown or not listed. */
  defaultLeadTimeDays: number
  /** No configured lead time may go below this (OPCO Santé accepts two weeks at best). */
  hardFloorLeadTimeDays: number
  /** Checklist default when the file does not carry its own minimum (session capacity min 8). */
  minParticipants: number

  // T0, T1: preparation
  completenessNudgeEveryDays: number
  deadlineFirstReminderDaysBefore: number
  deadlineSecondReminderDaysBefore: number
  /** The last SA reminder is this many days before the last day to file (D−L−1). */
  deadlineLastReminderDaysBeforeDeadline: number

  // T2, T3: waiting for the OPCO
  opcoSilentFirstReminderDays: number
  opcoSilentSecondReminderDays: number
  opcoSilentEscalationDays: number
  /** The T2 escalation happens at the latest this many days before D: min(+28 d, D−10). */
  opcoSilentEscalationDaysBefore: number
  infoFirstReminderDays: number
  infoSecondReminderDays: number
  infoEscalationDays: number

  // T4–T8: after approval
  listLockDaysBefore: number
  convocationDaysBefore: number
  positioningSurveyDaysBefore: number
  positioningReminderDaysBefore: number
  trainerLogisticsDaysBefore: number
  apcValidityWarningDaysBefore: number

  // T9, T10: partial approval, refusal
  partialDecisionStructureDays: number
  partialDecisionCoordinatorDays: number
  refusalOptionsReminderDays: number
  postponeProposalDaysBefore: number

  // T11–T13: around the session
  dayBeforeReminderDays: number
  trainerReminderDaysBefore: number
  attendanceCheckHoursAfterSlot: number

  // T14–T16: after the session
  hotSurveyFirstReminderDays: number
  hotSurveySecondReminderDays: number
  hotSurveyCloseDays: number
  sessionReportTrainerDays: number
  sessionReportCoordinatorDays: number
  directorSurveyDays: number

  // T17–T19: billing
  invoiceReminderDays: number
  paymentFirstFollowUpDays: number
  paymentSecondFollowUpDays: number
  rejectedFixReminderDays: number

  // T20, T20a: cold survey
  coldSurveyDaysAfter: number
  coldSurveyFirstReminderDays: number
  coldSurveySecondReminderDays: number
  coldSurveyCloseDays: number

  // T22: archiving
  retentionYears: number
  retentionYearsCoFunded: number

  // reschedule guard (OPCO Santé: postponement ≤ 3 months, same calendar year)
  rescheduleMaxMonths: number
}

export const DEFAULT_WORKFLOW_CONFIG: WorkflowConfig = {
  leadTimeDaysByOpco: {
    'opco-sante': 30,
    'uniformation-cohesion-sociale': 30,
  },
  defaultLeadTimeDays: 30,
  hardFloorLeadTimeDays: 14,
  minParticipants: 8,

  completenessNudgeEveryDays: 7,
  deadlineFirstReminderDaysBefore: 45,
  deadlineSecondReminderDaysBefore: 35,
  deadlineLastReminderDaysBeforeDeadline: 1,

  opcoSilentFirstReminderDays: 14,
  opcoSilentSecondReminderDays: 21,
  opcoSilentEscalationDays: 28,
  opcoSilentEscalationDaysBefore: 10,
  infoFirstReminderDays: 3,
  infoSecondReminderDays: 7,
  infoEscalationDays: 10,

  listLockDaysBefore: 10,
  convocationDaysBefore: 14,
  positioningSurveyDaysBefore: 10,
  positioningReminderDaysBefore: 5,
  trainerLogisticsDaysBefore: 7,
  apcValidityWarningDaysBefore: 15,

  partialDecisionStructureDays: 3,
  partialDecisionCoordinatorDays: 5,
  refusalOptionsReminderDays: 7,
  postponeProposalDaysBefore: 14,

  dayBeforeReminderDays: 1,
  trainerReminderDaysBefore: 2,
  attendanceCheckHoursAfterSlot: 2,

  hotSurveyFirstReminderDays: 2,
  hotSurveySecondReminderDays: 5,
  hotSurveyCloseDays: 10,
  sessionReportTrainerDays: 3,
  sessionReportCoordinatorDays: 7,
  directorSurveyDays: 7,

  invoiceReminderDays: 10,
  paymentFirstFollowUpDays: 30,
  paymentSecondFollowUpDays: 45,
  rejectedFixReminderDays: 5,

  coldSurveyDaysAfter: 60,
  coldSurveyFirstReminderDays: 7,
  coldSurveySecondReminderDays: 14,
  coldSurveyCloseDays: 21,

  retentionYears: 6,
  retentionYearsCoFunded: 10,

  rescheduleMaxMonths: 3,
}
