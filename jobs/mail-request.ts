import type { Attachment } from '../src/workflow'
import type { NotificationKind, RecipientRole } from '../src/workflow/notification-kinds'

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
  fileId?: string
  /**
   * The tenant of the mails when no file says it (campaign kit to one structure…). For a file-bound request made by
   * the event job, the file's structure as that job read it, with `sessionId`: notify then needs not read the file.
   */
  structureId?: string
  /** The file's session, as the event job read it (with `structureId`). */
  sessionId?: string
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
}

/** One message to one person, already rendered: the unit the rate limit counts and a retry repeats. */
export interface MailDelivery {
  idempotencyKey: string
  /** The request it came from (the log groups a request's deliveries by it). */
  requestKey: string
  kind: NotificationKind
  fileId?: string
  /** Resolved by notify from the file (or the request): the delivery log's tenant. */
  structureId?: string
  to: { address: string; name?: string }
  userId?: string
  recipientRole?: RecipientRole
  language: 'fr' | 'en'
  subject: string
  html: string
  text: string
  icalEvent?: { method: 'REQUEST' | 'CANCEL'; content: string }
  /** Which invitation `icalEvent` is (the session's UID and its revision), recorded on the log row. */
  calendar?: { uid: string; sequence: number }
}

/** BullMQ ids must not contain ':' and keys end up in ids; keep them to a safe alphabet. */
export function safeKey(value: string): string {
  return value.replace(/[^A-Za-z0-9._@-]/g, '_')
}
