import { describe, expect, it } from '@jest/globals'
import { buildCalendar, parisTime, sampleContext, sessionCalendar, type CalendarOptions } from '../../../src/email'
import {
  IcsError,
  parseIcs,
  parseUtcDateTime,
  prop,
  props,
  text,
  unescapeText,
  unfold,
  type IcsComponent,
} from './ics-parse'

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

const events = (cal: IcsComponent) => cal.components.filter((c) => c.name === 'VEVENT')
const uids = (cal: IcsComponent) => events(cal).map((e) => prop(e, 'UID').value)

describe('buildCalendar', () => {
  const ics = buildCalendar(base)
  const cal = parseIcs(ics)

  it('uses CRLF everywhere and folds lines at 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    // the description is long enough to need folding
    expect(ics).toMatch(/\r\n /)
    expect(unfold(ics).length).toBeLessThan(ics.split('\r\n').length - 1)
  })

  it('is one VCALENDAR with METHOD, VERSION and PRODID', () => {
    expect(cal.name).toBe('VCALENDAR')
    expect(prop(cal, 'VERSION').value).toBe('2.0')
    expect(prop(cal, 'PRODID').value).toMatch(/essaim/)
    expect(prop(cal, 'METHOD').value).toBe('REQUEST')
    expect(cal.components.every((c) => c.name === 'VEVENT')).toBe(true)
  })

  it('has one VEVENT per half-day, in UTC, with stable UIDs', () => {
    expect(events(cal)).toHaveLength(6)
    expect(uids(cal)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `session-17-${i}@essaim`))
    events(cal).forEach((e, i) => {
      expect(parseUtcDateTime(prop(e, 'DTSTART').value)).toEqual(base.slots[i].start)
      expect(parseUtcDateTime(prop(e, 'DTEND').value)).toEqual(base.slots[i].end)
      expect(parseUtcDateTime(prop(e, 'DTSTAMP').value)).toEqual(NOW)
      expect(prop(e, 'SEQUENCE').value).toBe('0')
      expect(prop(e, 'STATUS').value).toBe('CONFIRMED')
    })
    // 9:00 Paris summer time is 07:00Z
    expect(prop(events(cal)[0], 'DTSTART').value).toBe('20261019T070000Z')
  })

  it('escapes TEXT values so they read back exactly', () => {
    const e = events(cal)[0]
    expect(text(e, 'SUMMARY')).toBe(base.title)
    expect(text(e, 'DESCRIPTION')).toBe(base.description)
    expect(text(e, 'LOCATION')).toBe(base.location)
    expect(prop(e, 'LOCATION').value).toContain('numérique\\, 8 place')
    expect(prop(e, 'DESCRIPTION').value).toContain('Marseille\\; formateurs')
    expect(prop(e, 'DESCRIPTION').value).toContain('C:\\\\essaim\\\\docs')
    expect(prop(e, 'DESCRIPTION').value).toContain('\\n')
  })

  it('names the organizer and the attendee', () => {
    const e = events(cal)[0]
    const org = prop(e, 'ORGANIZER')
    expect(org.value).toBe('mailto:formation@fas-paca.example.org')
    expect(org.params.CN).toEqual(["Claire Martin 'FAS'"])
    const att = prop(e, 'ATTENDEE')
    expect(att.value).toBe('mailto:k.haddad@chrs-lucioles.example.org')
    expect(att.params.CN).toEqual(['Karim Haddad'])
    expect(att.params.ROLE).toEqual(['REQ-PARTICIPANT'])
  })

  it('updates the same events on a reschedule, with a higher SEQUENCE', () => {
    const moved = parseIcs(buildCalendar({ ...base, sequence: 1, slots: threeDays(2026, 11, 16) }))
    expect(prop(moved, 'METHOD').value).toBe('REQUEST')
    expect(uids(moved)).toEqual(uids(cal))
    for (const e of events(moved)) expect(Number(prop(e, 'SEQUENCE').value)).toBeGreaterThan(0)
    // winter time: 9:00 Paris is 08:00Z
    expect(prop(events(moved)[0], 'DTSTART').value).toBe('20261116T080000Z')
  })

  it('cancels the same events with METHOD:CANCEL', () => {
    const cancelled = parseIcs(buildCalendar({ ...base, method: 'CANCEL', sequence: 2 }))
    expect(prop(cancelled, 'METHOD').value).toBe('CANCEL')
    expect(uids(cancelled)).toEqual(uids(cal))
    for (const e of events(cancelled)) {
      expect(prop(e, 'STATUS').value).toBe('CANCELLED')
      expect(Number(prop(e, 'SEQUENCE').value)).toBe(2)
    }
  })

  it('refuses bad input', () => {
    expect(() => buildCalendar({ ...base, slots: [] })).toThrow('at least one slot')
    expect(() => buildCalendar({ ...base, uid: 'a b' })).toThrow('uid')
    expect(() => buildCalendar({ ...base, sequence: -1 })).toThrow('sequence')
    expect(() => buildCalendar({ ...base, slots: [{ start: base.slots[0].end, end: base.slots[0].start }] })).toThrow(
      'ends before',
    )
    expect(() => buildCalendar({ ...base, attendee: { name: 'x', email: 'x@y.org\r\nBCC:z@y.org' } })).toThrow(
      'attendee',
    )
  })
})

describe('sessionCalendar', () => {
  it('builds the invitation from the convocation facts', () => {
    const ctx = sampleContext('session.convocation', NOW)
    const cal = parseIcs(
      sessionCalendar('fr', ctx, {
        uid: 'session-17',
        method: 'REQUEST',
        sequence: 0,
        organizer: base.organizer,
        attendee: base.attendee,
        now: NOW,
      }),
    )
    expect(events(cal)).toHaveLength(ctx.slots?.length ?? -1)
    const e = events(cal)[0]
    expect(text(e, 'SUMMARY')).toBe('Formation « Culture & usages numériques »')
    expect(text(e, 'LOCATION')).toBe(`${ctx.venueName}, ${ctx.venueAddress}`)
    expect(text(e, 'LOCATION')).toContain('8 place des Pêcheurs, 13016 Marseille')
    expect(text(e, 'DESCRIPTION')).toContain(ctx.link ?? '-')
  })

  it('needs the slots', () => {
    expect(() =>
      sessionCalendar('fr', {}, { uid: 's', method: 'REQUEST', sequence: 0, organizer: base.organizer }),
    ).toThrow('"slots"')
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
