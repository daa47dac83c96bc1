/**
 * Calendar invitations for sessions (iCalendar RFC 5545 + iTIP RFC 5546 + iMIP RFC 6047), written by ical-generator.
 *
 * Shape (see docs/calendar-invitations.md): one calendar object per half-day, each `METHOD:REQUEST` (or `CANCEL`)
 * with exactly ONE VEVENT, sent as separate `text/calendar; method=…` attachments of the one mail. A single REQUEST
 * holding several events with different UIDs is not imported whole: Outlook and Alpine take only the first event,
 * Thunderbird treats it as a PUBLISH (compliance-notes §5.3). One event per object is what every client imports.
 *
 * Each half-day's UID is its identity: the session and the slot's Paris date and half (`…-2026-10-19-am@essaim`),
 * so it does not move when the slot list is reordered, and a reschedule to other dates cancels the old half-days
 * and invites the new ones. A revision (update, cancellation) carries a higher SEQUENCE on the same UIDs.
 * Times are written in Europe/Paris with its VTIMEZONE, so a client shows 9:00 whatever its own zone.
 */
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator'
import { formatList, TIME_ZONE } from './format'
import { label, titleOf } from './phrases'
import type { Lang, MailContext, Slot } from './types'

export interface CalendarPerson {
  name: string
  email: string
}

export type CalendarMethod = 'REQUEST' | 'CANCEL'

export interface CalendarOptions {
  /** Stable per session (`session-<id>`); each half-day's UID is `${uid}-${date}-${am|pm}@essaim`. */
  uid: string
  method: CalendarMethod
  /** Revision: 0 for the first invitation, then higher for each update or the cancellation. */
  sequence: number
  title: string
  description: string
  location: string
  organizer: CalendarPerson
  attendee?: CalendarPerson
  slots: Slot[]
  /** Half-days that were invited before and are no longer in `slots` (a reschedule): they get a CANCEL part. */
  withdrawn?: Slot[]
  /** Language of the attachments' file names. */
  lang?: Lang
  /** DTSTAMP; defaults to the current time. */
  now?: Date
}

/** One calendar object: one half-day, one VEVENT, one method. */
export interface CalendarPart {
  uid: string
  method: CalendarMethod
  /** `2026-10-19-matin.ics`: what the recipient sees in the attachment list. */
  filename: string
  content: string
}

/**
 * Europe/Paris as a VTIMEZONE (EU rules since 1996: last Sunday of March 01:00 UTC, last Sunday of October). It is
 * inserted by hand because ical-generator's calendar-wide time zone also rewrites DTSTAMP into local time without
 * its `Z`, which RFC 5545 forbids; the events name the zone themselves (`DTSTART;TZID=Europe/Paris`).
 */
const PARIS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

const PARIS_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** The Paris wall-clock time of an instant, `2026-10-19T09:00:00` (what ical-generator writes with TZID). */
export function parisWallTime(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError('calendar: invalid date / date invalide')
  const p = Object.fromEntries(PARIS_PARTS.formatToParts(d).map((x) => [x.type, x.value]))
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`
}

/** A half-day: its Paris date and whether it starts before 13:00. */
export interface HalfDay {
  slot: Slot
  /** `2026-10-19-am`, `2026-10-19-pm`; a third slot on the same half gets `-2`, `-3`… (in start order). */
  key: string
}

/** The session's half-days in start order, each with its identity (independent of the list's order). */
export function halfDays(slots: readonly Slot[]): HalfDay[] {
  const sorted = [...slots].sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime())
  const seen = new Map<string, number>()
  return sorted.map((slot) => {
    const wall = parisWallTime(slot.start)
    const base = `${wall.slice(0, 10)}-${Number(wall.slice(11, 13)) < 13 ? 'am' : 'pm'}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return { slot, key: n === 1 ? base : `${base}-${n}` }
  })
}

export const halfDayUid = (sessionUid: string, key: string): string => `${sessionUid}-${key}@essaim`

const HALF_WORDS: Record<Lang, { am: string; pm: string }> = {
  fr: { am: 'matin', pm: 'apres-midi' },
  en: { am: 'morning', pm: 'afternoon' },
}

function filenameOf(key: string, lang: Lang, method: CalendarMethod): string {
  const words = HALF_WORDS[lang]
  const named = key.replace(/-(am|pm)(?=-|$)/, (_m, half: 'am' | 'pm') => `-${words[half]}`)
  const cancel = method === 'CANCEL' ? (lang === 'fr' ? '-annulation' : '-cancellation') : ''
  return `${named}${cancel}.ics`
}

/** Refuses what would make a wrong or unsafe invitation, in French and English. */
function check(opts: CalendarOptions): void {
  if (!/^[A-Za-z0-9._-]+$/.test(opts.uid))
    throw new Error(
      `calendar: l’identifiant ne peut contenir que lettres, chiffres, « . », « _ » ou « - » / uid must be made of letters, digits, '.', '_' or '-' (got ${JSON.stringify(opts.uid)})`,
    )
  if (!Number.isInteger(opts.sequence) || opts.sequence < 0)
    throw new Error(`calendar: la révision doit être un entier positif / sequence must be a non-negative integer (got ${opts.sequence})`)
  if (!opts.slots.length) throw new Error('calendar: il faut au moins un créneau / at least one slot is needed')
  for (const [i, s] of [...opts.slots, ...(opts.withdrawn ?? [])].entries()) {
    if (!(s.end.getTime() > s.start.getTime()))
      throw new Error(`calendar: le créneau ${i} finit avant de commencer / slot ${i} ends before it starts`)
  }
  for (const [role, p] of [['organizer', opts.organizer], ['attendee', opts.attendee]] as const) {
    if (p && !/^[^\s@"<>:;,]+@[^\s@"<>:;,]+$/.test(p.email))
      throw new Error(`calendar: adresse invalide (${role}) / invalid ${role} e-mail ${JSON.stringify(p.email)}`)
  }
}

/** One half-day's calendar object. */
function partOf(opts: CalendarOptions, half: HalfDay, method: CalendarMethod, stamp: Date): CalendarPart {
  const uid = halfDayUid(opts.uid, half.key)
  const cal = ical({
    prodId: { company: 'essaim', product: 'Notifications', language: 'FR' },
    method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  })
  const event = cal.createEvent({
    id: uid,
    sequence: opts.sequence,
    stamp,
    start: parisWallTime(half.slot.start),
    end: parisWallTime(half.slot.end),
    timezone: TIME_ZONE,
    summary: opts.title,
    description: opts.description,
    location: opts.location,
    status: method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: ICalEventTransparency.OPAQUE,
    organizer: { name: opts.organizer.name, email: opts.organizer.email },
  })
  if (opts.attendee) {
    event.createAttendee({
      name: opts.attendee.name,
      email: opts.attendee.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: false,
    })
  }
  const content = cal.toString().replace(/\r\nBEGIN:VEVENT\r\n/, `\r\n${PARIS_VTIMEZONE}\r\nBEGIN:VEVENT\r\n`)
  return { uid, method, filename: filenameOf(half.key, opts.lang ?? 'fr', method), content: content.endsWith('\r\n') ? content : `${content}\r\n` }
}

/**
 * The calendar parts of one mail: one per half-day of `slots` (with `method`), then, for a REQUEST, one CANCEL per
 * withdrawn half-day whose identity is not among the current ones (a half-day kept at the same date and half is
 * updated in place instead).
 */
export function buildCalendarParts(opts: CalendarOptions): CalendarPart[] {
  check(opts)
  const stamp = opts.now ?? new Date()
  const current = halfDays(opts.slots)
  const parts = current.map((h) => partOf(opts, h, opts.method, stamp))
  if (opts.method === 'REQUEST' && opts.withdrawn?.length) {
    const kept = new Set(current.map((h) => h.key))
    for (const h of halfDays(opts.withdrawn)) if (!kept.has(h.key)) parts.push(partOf(opts, h, 'CANCEL', stamp))
  }
  return parts
}

export interface SessionCalendarOptions {
  uid: string
  method: CalendarMethod
  sequence: number
  organizer: CalendarPerson
  attendee?: CalendarPerson
  now?: Date
}

/**
 * The invitations that go with a convocation (or its update / cancellation), built from the same facts as the
 * e-mail: title, venue and address, timetable, trainers, personal link. A reschedule's former half-days
 * (`previousSlots`) are cancelled in the same mail.
 */
export function sessionCalendar(lang: Lang, ctx: MailContext, opts: SessionCalendarOptions): CalendarPart[] {
  if (!ctx.slots?.length) throw new Error('sessionCalendar: fait requis manquant / missing required fact "slots"')
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
  return buildCalendarParts({ ...opts, lang, title, description, location, slots: ctx.slots, withdrawn: ctx.previousSlots })
}
