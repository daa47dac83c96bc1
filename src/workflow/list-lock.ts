import { DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from './config'
import { addDays } from './dates'

/**
 * T4, the list lock: from D−10 the session's list is the one the trainer plans with; a structure admin's change of an
 * enrolment then needs a coordinator. One rule for the timer (when the lock mail goes out) and for the enrolment
 * check (what it refuses), so that the mail and the refusal agree.
 */
export function listLockAt(sessionStart: Date, config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG): Date {
  return addDays(sessionStart, -config.listLockDaysBefore)
}

export function isListLocked(sessionStart: Date | undefined, now: Date, config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG): boolean {
  return sessionStart !== undefined && now >= listLockAt(sessionStart, config)
}
