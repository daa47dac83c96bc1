/** Hours attended come from the signed half-days only (Code du travail R6332-26; the OPCO pays attended hours). */
import { describe, expect, it } from '@jest/globals'
import { attendanceOutcome, hoursFromSignedHalfDays } from '../../../src/sessions/hours'
import { parseSlots, slotHours, slotProblems, sortSlotRows } from '../../../src/sessions/slots'

const day = (d: number, from: string, to: string) => ({
  start: new Date(`2026-10-${d}T${from}:00.000Z`),
  end: new Date(`2026-10-${d}T${to}:00.000Z`),
})
// Three days of 3.5 h + 3.5 h = 21 h.
const SLOTS = [12, 13, 14].flatMap((d) => [day(d, '07:00', '10:30'), day(d, '11:30', '15:00')])

describe('hours from signed half-days', () => {
  it('counts 21 h for all six half-days, 7 h for two, 0 for none', () => {
    expect(hoursFromSignedHalfDays(SLOTS, [0, 1, 2, 3, 4, 5])).toBe(21)
    expect(hoursFromSignedHalfDays(SLOTS, [0, 5])).toBe(7)
    expect(hoursFromSignedHalfDays(SLOTS, [])).toBe(0)
  })

  it('counts a half-day once however often it is listed, and ignores half-days the session does not have', () => {
    expect(hoursFromSignedHalfDays(SLOTS, [1, 1, 1])).toBe(3.5)
    expect(hoursFromSignedHalfDays(SLOTS, [6, -1, 2.5])).toBe(0)
  })

  it('rounds each half-day to the quarter hour', () => {
    expect(slotHours(day(12, '07:00', '10:20'))).toBe(3.25)
    expect(slotHours(day(12, '07:00', '10:23'))).toBe(3.5)
  })
})

describe('attendance outcome', () => {
  it('is attended as soon as every half-day is signed', () => {
    expect(attendanceOutcome(6, 6, false)).toBe('attended')
  })
  it('waits for the end of the session before calling anyone partial or no-show', () => {
    expect(attendanceOutcome(6, 2, false)).toBeUndefined()
    expect(attendanceOutcome(6, 2, true)).toBe('partial')
    expect(attendanceOutcome(6, 0, true)).toBe('no-show')
  })
})

describe('slots', () => {
  it('are sorted by start and given a period when none is stored', () => {
    const rows = [
      { start: '2026-10-13T12:00:00.000Z', end: '2026-10-13T15:00:00.000Z' },
      { start: '2026-10-12T07:00:00.000Z', end: '2026-10-12T10:00:00.000Z', period: 'am' },
    ]
    expect(sortSlotRows(rows)[0]?.start).toBe('2026-10-12T07:00:00.000Z')
    expect(parseSlots(rows).map((s) => s.start.toISOString())).toEqual([
      '2026-10-12T07:00:00.000Z',
      '2026-10-13T12:00:00.000Z',
    ])
  })
  it('refuse a half-day ending before it starts, or overlapping the previous one', () => {
    const problems = slotProblems([
      { start: '2026-10-12T07:00:00.000Z', end: '2026-10-12T10:00:00.000Z' },
      { start: '2026-10-12T09:00:00.000Z', end: '2026-10-12T08:00:00.000Z' },
    ])
    expect(problems.map((p) => p.path).sort()).toEqual(['slots.1.end', 'slots.1.start'])
  })
})

describe('signing window', () => {
  it('opens 30 min before a half-day and closes 2 h after it; over lunch the afternoon is the current one', async () => {
    const { canSignAt, currentSlotIndex } = await import('../../../src/sessions/attendance-window')
    const morning = SLOTS[0]!
    expect(canSignAt(morning, new Date('2026-10-12T06:29:00.000Z'))).toBe(false)
    expect(canSignAt(morning, new Date('2026-10-12T06:30:00.000Z'))).toBe(true)
    expect(canSignAt(morning, new Date('2026-10-12T12:29:00.000Z'))).toBe(true)
    expect(canSignAt(morning, new Date('2026-10-12T12:30:00.000Z'))).toBe(false)
    expect(currentSlotIndex(SLOTS, new Date('2026-10-12T12:00:00.000Z'))).toBe(1)
    expect(currentSlotIndex(SLOTS, new Date('2026-10-12T20:00:00.000Z'))).toBe(-1)
  })
})
