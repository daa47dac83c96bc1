import { JOB_ROLE_LABELS } from '../../../src/sessions/job-roles'
import { PERIOD_LABELS, SESSION_STATUS_LABELS } from '../../../src/sessions/session-status'
import { optionsFrom } from '../../shared/fields/options'

export const jobRoleOptions = optionsFrom(JOB_ROLE_LABELS)
export const periodOptions = optionsFrom(PERIOD_LABELS)
export const sessionStatusOptions = optionsFrom(SESSION_STATUS_LABELS)
