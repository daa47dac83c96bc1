import type { CalendarPart } from '../../src/email'
import type { Attachment, ReasonStates } from '../../src/workflow'
import type { NotificationKind, RecipientRole } from '../../src/workflow/notification-kinds'

/** A plain e-mail address with the language to write in (participants and contacts without an account). */
export interface AddressRecipient {
  address: string
  name?: string
  language?: 'fr' | 'en'
}

/**
 * What the workflow (or any producer) asks of the mail side. Recipients are named by role and resolved at send
 * time, so a structure admin added since the event still gets the mail and a removed one does not.
 */
export interface MailRequest {
  kind: NotificationKind
  /** Stable for one logical notification: a duplicated event or a retried job maps onto the same key. */
  idempotencyKey: string
  /** The request (or timer firing) it comes from (src/lib/correlation.ts): set by requestMail. */
  correlationId?: string
  fileId?: string
  /**
   * The tenant of the mails when no file says it (campaign kit to one structure…). For a file-bound request made by
   * the event job, the file's structure as that job read it, with `sessionId`: notify then needs not read the file.
   */
  structureId?: string
  /** The file's session, as the event job read it (with `structureId`). */
  sessionId?: string
  /** The federation of a request about no file, session or structure (one federation's digest): its team, its sender. */
  federationId?: string
  roles?: RecipientRole[]
  userIds?: string[]
  addresses?: AddressRecipient[]
  /** One mail per participant (the sender skips those who already answered, signed or withdrew). */
  perParticipant?: boolean
  /** Only this participant. */
  participantId?: string
  attach?: Attachment[]
  /** Users left out: the person who made the move the mail announces (see src/workflow/actor-notice.ts). */
  exceptUserIds?: string[]
  /** Facts for the template; dates as ISO strings (job data is JSON). */
  data?: Record<string, unknown>
  /** A timer's mail: the file states in which its reason holds, checked again when it is rendered. */
  whileIn?: ReasonStates
}

/** One message to one person, already rendered: the unit the rate limit counts and a retry repeats. */
export interface MailDelivery {
  idempotencyKey: string
  /** The request it came from (the log groups a request's deliveries by it). */
  requestKey: string
  /** The request (or timer firing) it comes from: on the log row and in the X-Essaim-Correlation-Id header. */
  correlationId?: string
  kind: NotificationKind
  fileId?: string
  /** Resolved by notify from the file (or the request): the delivery log's tenant. */
  structureId?: string
  to: { address: string; name?: string }
  /** The sender of the subject's federation (jobs/shared/mail-sender.ts); absent, the platform's. */
  from?: { address: string; name: string }
  userId?: string
  recipientRole?: RecipientRole
  language: 'fr' | 'en'
  subject: string
  html: string
  text: string
  /** The session's calendar objects, one per half-day (src/email/calendar.ts), each a text/calendar attachment. */
  calendarParts?: CalendarPart[]
  /** Which invitation the parts are (the session's UID, method and revision), recorded on the log row. */
  calendar?: { uid: string; method: 'REQUEST' | 'CANCEL'; sequence: number }
  /** A campaign mail: the recipient's one-click unsubscribe address (RFC 8058), sent as List-Unsubscribe. */
  unsubscribeUrl?: string
}

/** BullMQ ids must not contain ':' and keys end up in ids; keep them to a safe alphabet. */
export function safeKey(value: string): string {
  return value.replace(/[^A-Za-z0-9._@-]/g, '_')
}
