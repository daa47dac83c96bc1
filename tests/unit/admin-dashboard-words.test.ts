import { describe, expect, it } from '@jest/globals'
import { deadlineNote, TEXT } from '../../src/admin/dashboard/labels'

describe('deadlineNote (the files at risk of missing their filing deadline)', () => {
  const now = new Date('2027-02-10T09:00:00Z')

  it('says the deadline has passed for an overdue file, with its day in the French order', () => {
    expect(deadlineNote('2027-02-08T12:00:00Z', now, 'fr')).toBe('date limite dépassée (08/02/2027)')
    expect(deadlineNote('2027-02-08T12:00:00Z', now, 'en')).toBe('deadline passed (08/02/2027)')
  })

  it('gives the day for a file whose deadline is still ahead', () => {
    expect(deadlineNote('2027-02-20T12:00:00Z', now, 'fr')).toBe('date limite le 20/02/2027')
    expect(deadlineNote('2027-02-20T12:00:00Z', now, 'en')).toBe('deadline 20/02/2027')
  })

  it('says nothing without a deadline', () => {
    expect(deadlineNote(null, now, 'fr')).toBeUndefined()
  })

  it('names the risk as both cases, never only « dans moins de 14 jours »', () => {
    expect(TEXT.fr.risks.deadlineNear).toMatch(/dépassée/)
    expect(TEXT.en.risks.deadlineNear).toMatch(/passed/)
  })
})
