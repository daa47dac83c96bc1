/**
 * iCalendar (RFC 5545) invitations for sessions, with iTIP methods (RFC 5546): one VEVENT per half-day slot, stable
 * UIDs per session so that a reschedule (same UIDs, higher SEQUENCE) updates the events already in a calendar and a
 * cancellation (METHOD:CANCEL) removes them.
 */
import { formatList } from './format'
import { label, titleOf } from './phrases'
import type { Lang, MailContext, Slot } from './types'

export interface CalendarPerson {
  name: string
  email: string
}

export interface CalendarOptions {
  /** Stable per session; each slot's UID is `${uid}-${index}@essaim`. */
  uid: string
  method: 'REQUEST' | 'CANCEL'
  /** Revision: 0 for the first invitation, then higher for each update or the cancellation. */
  sequence: number
  title: string
  description: string
  location: string
  organizer: CalendarPerson
  attendee?: CalendarPerson
  slots: Slot[]
  /** DTSTAMP; defaults to the current time. */
  now?: Date
}

const CRLF = '\r\n'
const MAX_OCTETS = 75

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
}

/** A parameter value (CN): quoted, without the characters a quoted value cannot hold. */
function paramValue(value: string): string {
  return `"${value.replace(/"/g, "'").replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, ' ')}"`
}

/** Folds a content line into lines of at most 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8')
    if (octets + size > MAX_OCTETS) {
      out.push(current)
      current = ' '
      octets = 1
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join(CRLF)
}

/** UTC DATE-TIME: 20261012T070000Z. */
export function icsDateTime(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError('buildCalendar: invalid date')
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

function checkPerson(role: string, p: CalendarPerson): void {
  if (!/^[^\s@"<>:;,]+@[^\s@"<>:;,]+$/.test(p.email))
    throw new Error(`buildCalendar: invalid ${role} e-mail ${JSON.stringify(p.email)}`)
}

function mailto(p: CalendarPerson): string {
  return `mailto:${p.email}`
}

/** Builds the .ics text (CRLF line endings, folded lines). */
export function buildCalendar(opts: CalendarOptions): string {
  if (!/^[A-Za-z0-9._-]+$/.test(opts.uid))
    throw new Error(
      `buildCalendar: uid must be made of letters, digits, '.', '_' or '-' (got ${JSON.stringify(opts.uid)})`,
    )
  if (!Number.isInteger(opts.sequence) || opts.sequence < 0)
    throw new Error(`buildCalendar: sequence must be a non-negative integer (got ${opts.sequence})`)
  if (!opts.slots.length) throw new Error('buildCalendar: at least one slot is needed')
  for (const [i, s] of opts.slots.entries()) {
    if (!(s.end.getTime() > s.start.getTime())) throw new Error(`buildCalendar: slot ${i} ends before it starts`)
  }
  checkPerson('organizer', opts.organizer)
  if (opts.attendee) checkPerson('attendee', opts.attendee)

  const stamp = icsDateTime(opts.now ?? new Date())
  const status = opts.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//essaim//Notifications//FR',
    'CALSCALE:GREGORIAN',
    `METHOD:${opts.method}`,
  ]
  opts.slots.forEach((slot, index) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${opts.uid}-${index}@essaim`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${opts.sequence}`,
      `DTSTART:${icsDateTime(slot.start)}`,
      `DTEND:${icsDateTime(slot.end)}`,
      `SUMMARY:${escapeText(opts.title)}`,
      `DESCRIPTION:${escapeText(opts.description)}`,
      `LOCATION:${escapeText(opts.location)}`,
      `STATUS:${status}`,
      'TRANSP:OPAQUE',
      `ORGANIZER;CN=${paramValue(opts.organizer.name)}:${mailto(opts.organizer)}`,
    )
    if (opts.attendee) {
      lines.push(
        `ATTENDEE;CN=${paramValue(opts.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:${mailto(opts.attendee)}`,
      )
    }
    lines.push('END:VEVENT')
  })
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join(CRLF) + CRLF
}

export interface SessionCalendarOptions {
  uid: string
  method: 'REQUEST' | 'CANCEL'
  sequence: number
  organizer: CalendarPerson
  attendee?: CalendarPerson
  now?: Date
}

/**
 * The invitation that goes with a convocation (or its update / cancellation), built from the same facts as the
 * e-mail: title, venue and address, timetable, trainers, personal link.
 */
export function sessionCalendar(lang: Lang, ctx: MailContext, opts: SessionCalendarOptions): string {
  if (!ctx.slots?.length) throw new Error('sessionCalendar: missing required fact "slots"')
  const title = lang === 'fr' ? `Formation ${titleOf(lang, ctx)}` : `${titleOf(lang, ctx)} training`
  const colon = lang === 'fr' ? ' : ' : ': '
  const description = [
    ctx.structureName && `${label(lang, 'structure')}${colon}${ctx.structureName}`,
    ctx.facilitatorNames?.length && `${label(lang, 'trainers')}${colon}${formatList(lang, ctx.facilitatorNames)}`,
    ctx.link && `${lang === 'fr' ? 'Votre page personnelle' : 'Your personal page'}${colon}${ctx.link}`,
  ]
    .filter((line): line is string => typeof line === 'string' && line !== '')
    .join('\n')
  const location = [ctx.venueName, ctx.venueAddress].filter(Boolean).join(', ')
  return buildCalendar({ ...opts, title, description, location, slots: ctx.slots })
}
