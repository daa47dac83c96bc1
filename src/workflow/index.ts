/** The funding-file workflow: pure state machine and effects plans (domain §5). Everything else imports from here. */
export {
  FILE_STATES,
  BILLING_STATES,
  FILE_STATE_LABELS,
  BILLING_STATE_LABELS,
  PRE_SESSION_STATES,
  TERMINAL_STATES,
  isFileState,
  isBillingState,
} from './states'
export type { FileState, BillingState } from './states'
export { SYSTEM_ACTOR } from './actors'
export type { Actor, ActorRole } from './actors'
export { DEFAULT_WORKFLOW_CONFIG } from './config'
export type { WorkflowConfig } from './config'
export type {
  FileFacts,
  FilePatch,
  Slot,
  Checklist,
  Evidence,
  SlotAttendance,
  TimerSequence,
  TransitionInput,
  BillingInput,
} from './facts'
export { TIMER_NAMES, SESSION_PREP_TIMERS, PER_PARTICIPANT_TIMERS, isTimerName } from './timer-names'
export type { TimerName } from './timer-names'
export type {
  EffectsPlan,
  NotifyRequest,
  NotificationData,
  ReasonStates,
  Attachment,
  TimerPlan,
  TimerAction,
  WorkflowTask,
  GeneratedDocument,
} from './effects'
export type {
  FailureCode,
  Failure,
  TransitionResult,
  TransitionSuccess,
  BillingTransitionResult,
  BillingTransitionSuccess,
  CreateResult,
  CreateSuccess,
} from './results'
export { CHECKLIST_ITEM_LABELS } from './messages'
export type { Bilingual } from './messages'
export { transition, allowedMoves, createFile, waitingMoves } from './transitions'
export type { WaitingMove } from './transitions'
export { spareTheActor } from './actor-notice'
export { billingTransition, allowedBillingMoves } from './billing'
export { reschedule, RESCHEDULABLE_STATES } from './reschedule'
export type { RescheduleResult, RescheduleSuccess, RescheduleOptions } from './reschedule'
export { participantChange } from './participants'
export type { ParticipantChange, ParticipantChangeResult } from './participants'
export { onTimerFired, reasonGone, TIMER_EARLY_TOLERANCE_MS, TIMER_RELEVANCE, timerEarlyByMs } from './timer-fired'
export type { TimerOutcome } from './timer-fired'
export { timerJobId, parseTimerJobId, timerJobIdsOf } from './job-ids'
export { lastDayToFile, leadTimeDays, normaliseOpco, ownLeadTimeDays, type OwnLeadTime } from './deadline'
export { isListLocked, listLockAt } from './list-lock'
export { missingChecklistItems } from './guards'
export type { ReadinessFacts } from './guards'
