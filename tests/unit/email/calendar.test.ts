/**
 * The session invitations, read back by ical.js (the parser Thunderbird's lineage uses) and by our strict RFC 5545
 * reader: one VEVENT per calendar object, one object per half-day, UIDs tied to the half-day, SEQUENCE raised on
 * each revision, times in Europe/Paris.
 */
import { describe, expect, it } from '@jest/globals'
import ICAL from 'ical.js'
import { buildCalendarParts, halfDays, parisTime, reviveContext, sampleContext, sessionCalendar, type CalendarOptions, type CalendarPart } from '../../../src/email'
import { IcsError, parseIcs, prop, props, unescapeText } from './ics-parse'

const NOW = new Date('2026-09-01T08:00:00Z')

function threeDays(y: number, m: number, d: number) {
  return [0, 1, 2].flatMap((i) => [
    { start: parisTime(y, m, d + i, 9, 0), end: parisTime(y, m, d + i, 12, 30) },
    { start: parisTime(y, m, d + i, 13, 30), end: parisTime(y, m, d + i, 17, 0) },
  ])
}

const base: CalendarOptions = {
  uid: 'session-17',
  method: 'REQUEST',
  sequence: 0,
  title: 'Formation « Culture & usages numériques »',
  description:
    'Structure : CHRS Les Lucioles, Marseille; formateurs : Sophie Marchetti et Yanis Belkacem.\nChemin C:\\essaim\\docs — règlement intérieur joint. Émoji pour la route : 🐝🐝🐝 et des accents : éèêàçôûï.',
  location: "ERIC L'Escale numérique, 8 place des Pêcheurs, 13016 Marseille",
  organizer: { name: 'Claire Martin "FAS"', email: 'formation@fas-paca.example.org' },
  attendee: { name: 'Karim Haddad', email: 'k.haddad@chrs-lucioles.example.org' },
  slots: threeDays(2026, 10, 19),
  now: NOW,
}

interface ReadEvent {
  method: string
  uid: string
  sequence: number
  start: Date
  end: Date
  tzid: string | undefined
  status: string
  summary: string
  description: string
  location: string
  organizer: string
  organizerName: string
  attendee: string
  attendeeName: string
}

/** One part read by ical.js: exactly one VEVENT, its times converted to UTC through the part's own VTIMEZONE. */
function read(part: CalendarPart): ReadEvent {
  parseIcs(part.content) // strict RFC 5545 syntax (CRLF, folding, escapes)
  const cal = new ICAL.Component(ICAL.parse(part.content))
  const vevents = cal.getAllSubcomponents('vevent')
  expect(vevents).toHaveLength(1)
  const zones = cal.getAllSubcomponents('vtimezone')
  expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Paris'])
  const zone = new ICAL.Timezone(zones[0])
  const event = new ICAL.Event(vevents[0])
  const at = (t: ICAL.Time): Date => {
    // The part's own VTIMEZONE, not a zone database: what a client without one would compute.
    const local = t.clone()
    local.zone = zone
    return local.toJSDate()
  }
  const organizer = vevents[0].getFirstProperty('organizer')
  const attendee = vevents[0].getFirstProperty('attendee')
  return {
    method: String(cal.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    start: at(event.startDate),
    end: at(event.endDate),
    tzid: vevents[0].getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined,
    status: String(vevents[0].getFirstPropertyValue('status')),
    summary: event.summary,
    description: event.description,
    location: event.location,
    // URI schemes are case-insensitive (RFC 3986): ical-generator writes MAILTO:.
    organizer: String(organizer?.getFirstValue()).replace(/^mailto:/i, 'mailto:'),
    organizerName: String(organizer?.getParameter('cn')),
    attendee: String(attendee?.getFirstValue()).replace(/^mailto:/i, 'mailto:'),
    attendeeName: String(attendee?.getParameter('cn')),
  }
}

const readAll = (parts: CalendarPart[]) => parts.map(read)

describe('session invitations: one calendar object per half-day', () => {
  const parts = buildCalendarParts(base)
  const events = readAll(parts)

  it('has as many parts as half-days, each a REQUEST with one event and a unique UID', () => {
    expect(parts).toHaveLength(6)
    expect(events.map((e) => e.method)).toEqual(Array(6).fill('REQUEST'))
    expect(new Set(events.map((e) => e.uid)).size).toBe(6)
    expect(events.map((e) => e.uid)).toEqual(
      ['19', '20', '21'].flatMap((d) => [`session-17-2026-10-${d}-am@essaim`, `session-17-2026-10-${d}-pm@essaim`]),
    )
    expect(parts.map((p) => p.uid)).toEqual(events.map((e) => e.uid))
    expect(parts.map((p) => p.filename)).toEqual(
      ['19', '20', '21'].flatMap((d) => [`2026-10-${d}-matin.ics`, `2026-10-${d}-apres-midi.ics`]),
    )
  })

  it('writes the times in Europe/Paris (9:00 and 17:00 Paris, summer and winter)', () => {
    events.forEach((e, i) => {
      expect(e.tzid).toBe('Europe/Paris')
      expect(e.start).toEqual(base.slots[i].start)
      expect(e.end).toEqual(base.slots[i].end)
    })
    expect(parts[0].content).toContain('DTSTART;TZID=Europe/Paris:20261019T090000')
    expect(parts[0].content).toMatch(/DTSTAMP:20260901T080000Z\r\n/)
    // 26 October 2026 is after the switch to winter time: 9:00 Paris is 08:00Z.
    const winter = readAll(buildCalendarParts({ ...base, slots: threeDays(2026, 11, 16) }))
    expect(winter[0].start).toEqual(new Date('2026-11-16T08:00:00Z'))
    expect(winter[5].end).toEqual(new Date('2026-11-18T16:00:00Z'))
  })

  it('keeps the texts, the organizer and the attendee', () => {
    const e = events[0]
    expect(e.summary).toBe(base.title)
    expect(e.description).toBe(base.description)
    expect(e.location).toBe(base.location)
    expect(e.status).toBe('CONFIRMED')
    expect(e.organizer).toBe('mailto:formation@fas-paca.example.org')
    expect(e.organizerName).toBe('Claire Martin "FAS"')
    expect(e.attendee).toBe('mailto:k.haddad@chrs-lucioles.example.org')
    expect(e.attendeeName).toBe('Karim Haddad')
  })

  it('ties each UID to its half-day, not to its place in the list', () => {
    const shuffled = readAll(buildCalendarParts({ ...base, slots: [...base.slots].reverse() }))
    expect(shuffled.map((e) => e.uid)).toEqual(events.map((e) => e.uid))
    // One half-day less: the others keep their UIDs.
    const fewer = readAll(buildCalendarParts({ ...base, slots: base.slots.filter((_s, i) => i !== 1) }))
    expect(fewer.map((e) => e.uid)).toEqual(events.map((e) => e.uid).filter((_u, i) => i !== 1))
    // Two slots in the same half-day still get distinct UIDs.
    const d = base.slots[0]
    const split = halfDays([{ start: d.start, end: parisTime(2026, 10, 19, 10, 30) }, { start: parisTime(2026, 10, 19, 11, 0), end: d.end }])
    expect(split.map((h) => h.key)).toEqual(['2026-10-19-am', '2026-10-19-am-2'])
  })

  it('raises SEQUENCE from invitation to update to cancellation, on the same UIDs', () => {
    const update = readAll(buildCalendarParts({ ...base, sequence: 1, slots: base.slots.map((s) => ({ start: new Date(s.start.getTime() + 1_800_000), end: s.end })) }))
    const cancel = readAll(buildCalendarParts({ ...base, method: 'CANCEL', sequence: 2 }))
    expect(update.map((e) => e.uid)).toEqual(events.map((e) => e.uid))
    expect(cancel.map((e) => e.uid)).toEqual(events.map((e) => e.uid))
    events.forEach((e, i) => {
      expect(e.sequence).toBeLessThan(update[i].sequence)
      expect(update[i].sequence).toBeLessThan(cancel[i].sequence)
    })
    expect(update[0].start).toEqual(parisTime(2026, 10, 19, 9, 30))
    expect(cancel.map((e) => e.method)).toEqual(Array(6).fill('CANCEL'))
    expect(cancel.every((e) => e.status === 'CANCELLED')).toBe(true)
    expect(buildCalendarParts({ ...base, method: 'CANCEL', sequence: 2, lang: 'en' })[1].filename).toBe('2026-10-19-afternoon-cancellation.ics')
  })

  it('cancels the former half-days of a reschedule in the same mail and invites the new ones', () => {
    const moved = threeDays(2026, 10, 20) // one day later: 20 and 21 kept, 19 withdrawn, 22 new
    const parts2 = buildCalendarParts({ ...base, sequence: 1, slots: moved, withdrawn: base.slots })
    const read2 = readAll(parts2)
    const requests = read2.filter((e) => e.method === 'REQUEST')
    const cancels = read2.filter((e) => e.method === 'CANCEL')
    expect(requests).toHaveLength(6)
    expect(requests.map((e) => e.start)).toEqual(moved.map((s) => s.start))
    expect(cancels.map((e) => e.uid)).toEqual(['session-17-2026-10-19-am@essaim', 'session-17-2026-10-19-pm@essaim'])
    expect(read2.every((e) => e.sequence === 1)).toBe(true)
    expect(new Set(read2.map((e) => e.uid)).size).toBe(8)
  })

  it('refuses bad input in French and English', () => {
    expect(() => buildCalendarParts({ ...base, slots: [] })).toThrow(/créneau.*slot/)
    expect(() => buildCalendarParts({ ...base, uid: 'a b' })).toThrow(/identifiant.*uid/)
    expect(() => buildCalendarParts({ ...base, sequence: -1 })).toThrow(/révision.*sequence/)
    expect(() => buildCalendarParts({ ...base, slots: [{ start: base.slots[0].end, end: base.slots[0].start }] })).toThrow(/avant.*before/)
    expect(() => buildCalendarParts({ ...base, attendee: { name: 'x', email: 'x@y.org\r\nBCC:z@y.org' } })).toThrow(/attendee/)
    expect(() => buildCalendarParts({ ...base, slots: [{ start: new Date(NaN), end: NOW }] })).toThrow()
  })
})

describe('sessionCalendar', () => {
  it('builds the invitations from the convocation facts', () => {
    const ctx = sampleContext('session.convocation', NOW)
    const parts = sessionCalendar('fr', ctx, { uid: 'session-17', method: 'REQUEST', sequence: 0, organizer: base.organizer, attendee: base.attendee, now: NOW })
    expect(parts).toHaveLength(ctx.slots?.length ?? -1)
    const e = read(parts[0])
    expect(e.summary).toBe('Formation « Culture & usages numériques »')
    expect(e.location).toBe(`${ctx.venueName}, ${ctx.venueAddress}`)
    expect(e.location).toContain('8 place des Pêcheurs, 13016 Marseille')
    expect(e.description).toContain(ctx.link ?? '-')
    expect(read(sessionCalendar('en', ctx, { uid: 'session-17', method: 'REQUEST', sequence: 0, organizer: base.organizer })[0]).summary).toMatch(/training$/)
  })

  it('cancels a reschedule’s former half-days (previousSlots)', () => {
    const ctx = sampleContext('file.rescheduled', NOW)
    const previousSlots = (ctx.slots ?? []).map((s) => ({ start: new Date(s.start.getTime() - 21 * 86_400_000), end: new Date(s.end.getTime() - 21 * 86_400_000) }))
    const parts = sessionCalendar('fr', { ...ctx, previousSlots }, { uid: 'session-17', method: 'REQUEST', sequence: 1, organizer: base.organizer })
    expect(parts.filter((p) => p.method === 'REQUEST')).toHaveLength(ctx.slots?.length ?? -1)
    expect(parts.filter((p) => p.method === 'CANCEL')).toHaveLength(previousSlots.length)
  })

  it('reads a reschedule’s former slots back from plan data (ISO 8601 intervals)', () => {
    const slot = base.slots[0]
    const revived = reviveContext({ previousSlots: [`${slot.start.toISOString()}/${slot.end.toISOString()}`] })
    expect(revived.previousSlots).toEqual([slot])
    expect(() => reviveContext({ previousSlots: ['nope/never'] })).toThrow()
  })

  it('needs the slots', () => {
    expect(() => sessionCalendar('fr', {}, { uid: 's', method: 'REQUEST', sequence: 0, organizer: base.organizer })).toThrow('"slots"')
  })
})

describe('the test parser is strict', () => {
  const good = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n'

  it('accepts a minimal calendar', () => {
    expect(parseIcs(good).name).toBe('VCALENDAR')
  })

  it.each([
    ['bare LF', good.replace(/\r\n/g, '\n')],
    ['no final CRLF', good.slice(0, -2)],
    ['a line over 75 octets', `BEGIN:VCALENDAR\r\nX-LONG:${'é'.repeat(40)}\r\nEND:VCALENDAR\r\n`],
    ['mismatched END', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\nEND:VEVENT\r\n'],
    ['unclosed BEGIN', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n'],
    ['property without value separator', 'BEGIN:VCALENDAR\r\nVERSION 2.0\r\nEND:VCALENDAR\r\n'],
    ['two roots', good + good],
  ])('rejects %s', (_name, bad) => {
    expect(() => parseIcs(bad)).toThrow(IcsError)
  })

  it('rejects bad TEXT escapes and unescaped separators', () => {
    expect(unescapeText('a\\, b\\; c\\\\ d\\n')).toBe('a, b; c\\ d\n')
    expect(() => unescapeText('a, b')).toThrow(IcsError)
    expect(() => unescapeText('a\\x')).toThrow(IcsError)
  })

  it('finds repeated properties', () => {
    const cal = parseIcs('BEGIN:VCALENDAR\r\nX-A:1\r\nX-A:2\r\nEND:VCALENDAR\r\n')
    expect(props(cal, 'X-A')).toHaveLength(2)
    expect(() => prop(cal, 'X-A')).toThrow(IcsError)
  })
})
