import type { ModuleChange } from '../programmes/follow-template'
import type { NotificationKind, RecipientRole } from '../workflow/notification-kinds'

export type { ModuleChange }

export type { NotificationKind, RecipientRole }

/** The two languages every template is written in, French first. */
export type Lang = 'fr' | 'en'

export const LANGS: readonly Lang[] = ['fr', 'en']

/** A half-day (or any) time slot of a session. */
export interface Slot {
  start: Date
  end: Date
}

/** One failed delivery, for the coordinators' daily digest. */
export interface DeliveryFailure {
  kind: string
  recipient: string
  error: string
}

/**
 * The facts of a file, a session or a person that a template may use. Everything is optional here; each template
 * declares the facts it cannot do without (see `requiredContext`) and renders the others only when present.
 */
export interface MailContext {
  // the person
  recipientName?: string
  /** Which role the recipient gets this message in: some kinds are worded differently for each audience. */
  recipientRole?: RecipientRole
  loginEmail?: string
  // the structure and its funding file
  structureName?: string
  fileRef?: string
  opco?: string
  opcoRef?: string
  submittedAt?: Date
  requestedAmount?: number
  agreedAmount?: number
  remainder?: number
  /** End of validity of the OPCO's agreement (APC). */
  validUntil?: Date
  invoiceRef?: string
  invoiceAmount?: number
  missingItems?: string[]
  reason?: string
  /** A date the recipient must act by (filing deadline, survey closing date, due date…). */
  deadline?: Date
  // the session
  sessionTitle?: string
  sessionStart?: Date
  sessionEnd?: Date
  /** First day of the session before a reschedule. */
  previousStart?: Date
  /** A campaign mail's personal unsubscribe page (the same address as its List-Unsubscribe header). */
  unsubscribeLink?: string
  /** The half-days before a reschedule (their calendar events are cancelled when the dates change). */
  previousSlots?: Slot[]
  /** A reschedule outside the agreement's limits sends the file back to preparation (new funding request). */
  backToDraft?: boolean
  slots?: Slot[]
  /** The one half-day a message is about (attendance sheets, absences). */
  slot?: Slot
  venueName?: string
  venueAddress?: string
  facilitatorNames?: string[]
  enrolledCount?: number
  /** The session's minimum number of participants. */
  minParticipants?: number
  /** What just happened to the enrolment list (facilitators are told). */
  participantChange?: 'added' | 'withdrawn'
  /** People a message is about: absentees, missing signatures. */
  participantNames?: string[]
  /** Job roles missing from the enrolment list (role-mix check). */
  missingRoles?: string[]
  /** Whom to warn in case of absence or for an accessibility need. */
  contactName?: string
  contactEmail?: string
  contactPhone?: string
  /** The training organisation the message comes from (the file's federation's legal name): named in the footer. */
  organisationName?: string
  /** The federation's digital-mediation network, short and full name (ERIC, Espace Régional Internet Citoyen in PACA). */
  networkName?: string
  networkLabel?: string
  // campaigns and operations
  campaignName?: string
  /** Documents of a campaign kit. */
  documents?: string[]
  /** Structures a facilitator should contact again. */
  structureNames?: string[]
  untouchedDays?: number
  failures?: DeliveryFailure[]
  /** A federation's edition of the programme, and the national template it follows. */
  programmeTitle?: string
  templateTitle?: string
  /** What following the template changed in the edition. */
  moduleChanges?: ModuleChange[]
  /** The federation a digest is about, named when the platform holds several. */
  federationName?: string
  /** Start of the period a digest covers. */
  since?: Date
  /** Absolute http(s) URL of the admin page or of the recipient's personal page. */
  link?: string
}

export type MailContextKey = keyof MailContext

export interface RenderedEmail {
  subject: string
  html: string
  text: string
}

/** A run of inline text; `strong` is rendered bold in HTML and as-is in plain text. */
export type Inline = string | { strong: string }

/** The building blocks of a message body. Templates never write HTML: the layout escapes and renders blocks. */
export type Block =
  | { type: 'p'; content: Inline[] }
  | { type: 'list'; items: string[] }
  | { type: 'facts'; rows: [label: string, value: string][] }
  | { type: 'note'; content: Inline[] }

/** What a template produces for one language. */
export interface MailContent {
  subject: string
  /** Short summary shown by mail clients next to the subject. */
  preheader?: string
  /** Heading at the top of the message; the subject when absent. */
  title?: string
  /** Falsy entries are skipped, so optional blocks can be written `cond && p(...)`. */
  blocks: (Block | false | null | undefined | '' | 0)[]
  cta?: { label: string; href: string }
  /** Replaces the usual greeting (rare: mails to a team or a generic address). */
  greeting?: string
}
