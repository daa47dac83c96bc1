import { describe, expect, it } from '@jest/globals'
import {
  formatAmount,
  formatDate,
  formatDateFr,
  formatDateRange,
  formatDateTime,
  formatHours,
  formatSchedule,
  formatSlot,
  formatTime,
  parisTime,
  totalHours,
} from '../../../src/email'

const intlFr = (d: Date): string =>
  new Intl.DateTimeFormat('fr-FR', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(d)
const eur = (n: number): string => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(n)
/** Normalises the no-break spaces Intl uses, to state expectations readably. */
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ')

describe('dates in fr-FR, Europe/Paris', () => {
  it('writes the long French date', () => {
    const d = new Date('2026-10-12T07:00:00Z')
    expect(formatDateFr(d)).toBe('lundi 12 octobre 2026')
    expect(formatDateFr(d)).toBe(intlFr(d))
    expect(formatDate('fr', d)).toBe(formatDateFr(d))
  })

  it('uses the Paris day, not the UTC day', () => {
    // 23:30 UTC on 11 October is already 01:30 on Monday 12 October in Paris (summer time)
    expect(formatDateFr(new Date('2026-10-11T23:30:00Z'))).toBe('lundi 12 octobre 2026')
    // winter time: 23:30 UTC on 31 December is 00:30 on 1 January in Paris
    expect(formatDateFr(new Date('2026-12-31T23:30:00Z'))).toBe('vendredi 1er janvier 2027')
  })

  it('writes the first of the month as an ordinal', () => {
    expect(formatDateFr(new Date('2026-10-01T10:00:00Z'))).toBe('jeudi 1er octobre 2026')
  })

  it('writes English dates en-GB style', () => {
    expect(formatDate('en', new Date('2026-10-12T07:00:00Z'))).toBe('Monday, 12 October 2026')
    expect(formatDate('en', new Date('2026-10-01T07:00:00Z'))).toBe('Thursday, 1 October 2026')
  })

  it('writes times the French way', () => {
    expect(formatTime('fr', parisTime(2026, 10, 12, 9, 0))).toBe('9 h')
    expect(formatTime('fr', parisTime(2026, 10, 12, 12, 30))).toBe('12 h 30')
    expect(formatTime('en', parisTime(2026, 10, 12, 9, 0))).toBe('09:00')
    expect(formatDateTime('fr', parisTime(2026, 10, 12, 13, 30))).toBe('lundi 12 octobre 2026 à 13 h 30')
  })

  it('converts Paris wall-clock times in summer and in winter', () => {
    expect(parisTime(2026, 10, 12, 9, 0).toISOString()).toBe('2026-10-12T07:00:00.000Z')
    expect(parisTime(2026, 11, 16, 9, 0).toISOString()).toBe('2026-11-16T08:00:00.000Z')
  })

  it('writes date ranges', () => {
    const mon = parisTime(2026, 10, 12, 9)
    const wed = parisTime(2026, 10, 14, 17)
    expect(formatDateRange('fr', mon, wed)).toBe('du lundi 12 au mercredi 14 octobre 2026')
    expect(formatDateRange('fr', parisTime(2026, 9, 30, 9), parisTime(2026, 10, 2, 17))).toBe(
      'du mercredi 30 septembre au vendredi 2 octobre 2026',
    )
    expect(formatDateRange('fr', parisTime(2026, 12, 30, 9), parisTime(2027, 1, 1, 17))).toBe(
      'du mercredi 30 décembre 2026 au vendredi 1er janvier 2027',
    )
    expect(formatDateRange('fr', mon, parisTime(2026, 10, 12, 17))).toBe('le lundi 12 octobre 2026')
    expect(formatDateRange('en', mon, wed)).toBe('from Monday 12 to Wednesday 14 October 2026')
  })

  it('groups half-days by day in a timetable', () => {
    const slots = [
      { start: parisTime(2026, 10, 13, 13, 30), end: parisTime(2026, 10, 13, 17) },
      { start: parisTime(2026, 10, 12, 9), end: parisTime(2026, 10, 12, 12, 30) },
      { start: parisTime(2026, 10, 12, 13, 30), end: parisTime(2026, 10, 12, 17) },
    ]
    expect(formatSchedule('fr', slots)).toEqual([
      'lundi 12 octobre 2026 : de 9 h à 12 h 30 et de 13 h 30 à 17 h',
      'mardi 13 octobre 2026 : de 13 h 30 à 17 h',
    ])
    expect(formatSchedule('en', slots)[0]).toBe('Monday, 12 October 2026: 09:00–12:30 and 13:30–17:00')
    expect(formatSlot('fr', slots[1])).toBe('lundi 12 octobre 2026, de 9 h à 12 h 30')
    expect(totalHours(slots)).toBe(10.5)
    expect(formatHours('fr', 21)).toBe('21 heures')
    expect(plain(formatHours('fr', 10.5))).toBe('10,5 heures')
    expect(formatHours('en', 1)).toBe('1 hour')
  })

  it('refuses an invalid date instead of printing "Invalid Date"', () => {
    expect(() => formatDateFr(new Date('nope'))).toThrow(RangeError)
  })
})

describe('amounts', () => {
  it('writes euros the French way, exactly as Intl does', () => {
    expect(formatAmount('fr', 4800)).toBe(eur(4800))
    expect(plain(formatAmount('fr', 4800))).toBe('4 800,00 €')
    // narrow no-break space between thousands, no-break space before the euro sign
    expect(formatAmount('fr', 4800)).toMatch(/^4[\u202f\u00a0]800,00\u00a0€$/)
    expect(plain(formatAmount('fr', 1234567.891))).toBe('1 234 567,89 €')
    expect(plain(formatAmount('fr', 0))).toBe('0,00 €')
    expect(plain(formatAmount('fr', -150.5))).toBe('-150,50 €')
  })

  it('writes euros en-GB style', () => {
    expect(formatAmount('en', 4800)).toBe('€4,800.00')
  })

  it('refuses NaN and infinities', () => {
    expect(() => formatAmount('fr', Number.NaN)).toThrow(RangeError)
    expect(() => formatAmount('fr', Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})
