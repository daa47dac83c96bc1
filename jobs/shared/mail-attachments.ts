import type { Payload } from 'payload'
import { calendarDeliveries } from '../../collections/notifications/delivery-log'
import { sessionCalendar, type Lang, type MailContext } from '../../src/email'
import { env } from '../../src/lib/env'
import { createLogger } from '../../src/lib/logger'
import type { NotificationKind } from '../../src/workflow/notification-kinds'
import type { MailDelivery, MailRequest } from './mail-request'
import type { ResolvedRecipient } from './recipient'

const log = createLogger('mail')

/**
 * The session's calendar invitations (RFC 5546) that go with a request: which UID, method and revision.
 * The UID is the session's (each half-day's event UID derives from it and the half-day's date), so every revision
 * lands on the same events; the revision (SEQUENCE) is kept on the delivery log: a convocation carries the current
 * one, a reschedule or a cancellation the next.
 */
export interface CalendarPlan {
  uid: string
  method: 'REQUEST' | 'CANCEL'
  sequence: number
  /** For a cancellation: the addresses that hold the events (those who were sent an invitation). */
  holders?: ReadonlySet<string>
}

/** Kinds that revise the events already sent (a higher SEQUENCE makes calendars replace them). */
const REVISIONS: ReadonlySet<NotificationKind> = new Set<NotificationKind>(['file.rescheduled', 'file.cancelled'])

/** Stable per session, in the alphabet the calendar accepts; each half-day's UID is `${uid}-<date>-<am|pm>@essaim`. */
export const sessionCalendarUid = (sessionId: string): string => `session-${sessionId.replace(/[^A-Za-z0-9._-]/g, '_')}`

/**
 * What invitation a request carries, if any. The workflow asks for one with `attach: ['ics']` (convocation,
 * reschedule); a cancellation withdraws whatever was sent, so it carries a CANCEL whenever invitations went out.
 * A retried request finds the revision it chose the first time on its own log rows.
 */
export async function planCalendar(payload: Payload, request: MailRequest, sessionId: string | undefined): Promise<CalendarPlan | undefined> {
  const cancel = request.kind === 'file.cancelled'
  if (!sessionId || !(cancel || request.attach?.includes('ics'))) return undefined
  const uid = sessionCalendarUid(sessionId)
  const sent = await calendarDeliveries(payload, uid)
  const holders = new Set(sent.filter((r) => r.calendarMethod === 'REQUEST').map((r) => r.recipientEmail.toLowerCase()))
  if (cancel && holders.size === 0) return undefined
  const own = sent.find((r) => r.requestKey === request.idempotencyKey && typeof r.calendarSequence === 'number')
  const others = sent.filter((r) => r.requestKey !== request.idempotencyKey).map((r) => r.calendarSequence ?? 0)
  const latest = others.length ? Math.max(...others) : undefined
  const sequence =
    own?.calendarSequence ?? (latest === undefined ? 0 : REVISIONS.has(request.kind) ? latest + 1 : latest)
  return { uid, method: cancel ? 'CANCEL' : 'REQUEST', sequence, ...(cancel ? { holders } : {}) }
}

/**
 * The invitation for one recipient (they are its attendee), in their language, from the same facts as the mail.
 * Its organizer is the mail's sender (the federation's, else the platform's): a calendar shows an invitation whose
 * organizer is not its sender as from someone else. A mail that cannot carry it (no slots, an address the calendar
 * format refuses) still goes, without it.
 */
export function calendarFor(
  plan: CalendarPlan,
  lang: Lang,
  ctx: MailContext,
  recipient: Pick<ResolvedRecipient, 'address' | 'name'>,
  sender?: MailDelivery['from'],
): Pick<MailDelivery, 'calendarParts' | 'calendar'> {
  if (plan.holders && !plan.holders.has(recipient.address.toLowerCase())) return {}
  const mailFrom = sender ?? env().mailFrom
  try {
    const calendarParts = sessionCalendar(lang, ctx, {
      uid: plan.uid,
      method: plan.method,
      sequence: plan.sequence,
      organizer: { name: mailFrom.name, email: mailFrom.address },
      attendee: { name: recipient.name ?? recipient.address, email: recipient.address },
    })
    return { calendarParts, calendar: { uid: plan.uid, method: plan.method, sequence: plan.sequence } }
  } catch (error) {
    log.warn('mail sent without its calendar invitation', { uid: plan.uid, to: recipient.address, error })
    return {}
  }
}
