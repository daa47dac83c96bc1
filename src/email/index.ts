/**
 * essaim e-mails: one template per notification kind, in French and English, rendered to subject + HTML + text,
 * plus the calendar invitations of sessions. Pure: no Payload, no Redis.
 */
export type {
  Lang,
  MailContext,
  MailContextKey,
  RenderedEmail,
  Slot,
  DeliveryFailure,
  NotificationKind,
  RecipientRole,
} from './types'
export { LANGS } from './types'
export { renderEmail, requiredContext, missingContext, MissingContextError } from './render'
export { sampleContext, parisTime } from './sample'
export { reviveContext } from './revive'
export {
  formatDate,
  formatDateFr,
  formatDateTime,
  formatDateRange,
  formatTime,
  formatSlot,
  formatSchedule,
  formatAmount,
  formatHours,
  totalHours,
  TIME_ZONE,
} from './format'
export { buildCalendarParts, halfDayUid, halfDays, parisWallTime, sessionCalendar } from './calendar'
export type { CalendarMethod, CalendarOptions, CalendarPart, CalendarPerson, HalfDay, SessionCalendarOptions } from './calendar'
export { escapeHtml } from './layout'
export { KIND_LABELS, kindLabel } from './labels'
export { FACT_LABELS, describeMailDefects } from './fact-labels'
export type { MailDefect } from './fact-labels'
export { TEMPLATES, TEMPLATE_GROUPS } from './templates'
