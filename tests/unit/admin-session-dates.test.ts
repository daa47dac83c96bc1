import { describe, expect, it } from '@jest/globals'
import { sessionDatesLabel } from '../../src/admin/session-dates'

describe('sessionDatesLabel (the sessions list’s « Dates » column)', () => {
  it('gives the first and last day, day first, in Paris time', () => {
    const slots = [
      { start: '2027-02-10T12:30:00Z', end: '2027-02-10T16:00:00Z' },
      { start: '2027-02-08T08:00:00Z', end: '2027-02-08T11:30:00Z' },
    ]
    expect(sessionDatesLabel(slots)).toBe('08/02/2027 – 10/02/2027')
  })

  it('gives one day for a one-day session, the Paris day even near midnight UTC', () => {
    expect(sessionDatesLabel([{ start: '2027-02-07T23:30:00Z', end: '2027-02-08T03:00:00Z' }])).toBe('08/02/2027')
  })

  it('is empty without half-days', () => {
    expect(sessionDatesLabel([])).toBe('')
    expect(sessionDatesLabel(undefined)).toBe('')
  })
})
