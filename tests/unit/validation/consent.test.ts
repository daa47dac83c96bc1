import { describe, expect, it } from '@jest/globals'
import { consentProblems, quotesAPerson } from '../../../src/validation/consent'

const now = new Date('2014-05-01T10:00:00Z')
const quote = { text: 'Avant, je n’osais pas.', personName: 'Fatima B.' }
const fullConsent = { givenBy: 'Fatima B.', givenAt: '2013-07-12', scope: ['website', 'print'] }

describe('consent before publishing a quote', () => {
  it('asks nothing of a story without a quoted person', () => {
    expect(quotesAPerson({})).toBe(false)
    expect(consentProblems({ quote: { text: '  ' } }, now)).toEqual([])
  })

  it('accepts a recorded consent covering the website', () => {
    expect(consentProblems({ quote, consent: fullConsent }, now)).toEqual([])
  })

  it('names each missing part (who, when, scope) in French and English', () => {
    const problems = consentProblems({ quote: { personName: 'Fatima B.' }, consent: {} }, now)
    expect(problems.map((p) => p.path)).toEqual(['consent.givenBy', 'consent.givenAt', 'consent.scope'])
    for (const p of problems) expect(p.message).toMatch(/Consentement .* \/ .*consent/)
  })

  it('refuses a consent limited to internal use or dated in the future', () => {
    expect(
      consentProblems({ quote, consent: { ...fullConsent, scope: ['internal'] } }, now).map((p) => p.path),
    ).toEqual(['consent.scope'])
    expect(consentProblems({ quote, consent: { ...fullConsent, givenAt: '2015-01-01' } }, now)[0].message).toMatch(
      /futur .* future/,
    )
  })

  it('accepts a consent given today in Paris whatever the hour, and refuses tomorrow', () => {
    // 00:50 in Paris on 6 December; the date picker stores « 06/12 » at noon, later in the day than now.
    const afterMidnight = new Date('2026-12-05T23:50:00Z')
    expect(consentProblems({ quote, consent: { ...fullConsent, givenAt: '2026-12-06T11:00:00Z' } }, afterMidnight)).toEqual([])
    expect(
      consentProblems({ quote, consent: { ...fullConsent, givenAt: '2026-12-07T11:00:00Z' } }, afterMidnight).map((p) => p.path),
    ).toEqual(['consent.givenAt'])
  })
})
