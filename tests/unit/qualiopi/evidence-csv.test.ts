import { describe, expect, it } from '@jest/globals'
import { clock, csvPart, day, decimal, percent, sortRows } from '../../../src/qualiopi/evidence/csv'
import { evidenceFilename, parseEvidencePeriod, PERIOD_REQUIRED } from '../../../src/qualiopi/evidence/period'
import { END_BEFORE_START } from '../../../src/validation/period'

describe('evidence CSV extracts', () => {
  it('are UTF-8 with a BOM, semicolon-separated, CRLF, quoted where needed, and count their rows', () => {
    const part = csvPart('registre.csv', { fr: 'réclamation(s)', en: 'complaint(s)' }, ['Objet / Subject', 'Exposé'], [
      ['Salle ; froide', 'Il a dit "non"'],
      ['Deux\nlignes', 4],
      ['=SOMME(A1)', null],
    ])
    expect(part.items).toBe(3)
    expect(part.entries).toHaveLength(1)
    expect(part.entries[0].path).toBe('registre.csv')
    expect(part.entries[0].content).toBe(
      '\uFEFFObjet / Subject;Exposé\r\n"Salle ; froide";"Il a dit ""non"""\r\n"Deux\nlignes";4\r\n\'=SOMME(A1);\r\n',
    )
    expect(Buffer.from(part.entries[0].content as string, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })

  it('write dates as dd/mm/yyyy and times as HH:mm in Paris time, and decimals with a comma', () => {
    expect(day('2013-10-13T22:30:00.000Z')).toBe('14/10/2013')
    expect(day(new Date('2013-12-31T23:30:00.000Z'))).toBe('01/01/2014')
    expect([day(undefined), day(null), day(''), day('pas une date')]).toEqual(['', '', '', ''])
    expect(clock('2013-10-14T07:05:00.000Z')).toBe('09:05')
    expect(clock('2013-12-02T07:05:00.000Z')).toBe('08:05')
    expect([decimal(4.2667, 2), decimal(21), decimal(undefined), percent(0.9091), percent(null)]).toEqual(['4,27', '21,0', '', '90,9', ''])
  })

  it('sort rows as French text, column after column', () => {
    expect(sortRows([['b', 'Élise'], ['a', 'Zoé'], ['b', 'Amina']], [0, 1])).toEqual([['a', 'Zoé'], ['b', 'Amina'], ['b', 'Élise']])
  })
})

describe('evidence period', () => {
  it('runs from midnight to midnight in Paris, both days included, summer or winter time', () => {
    const parsed = parseEvidencePeriod({ from: '2013-10-01', to: '2013-12-31', programme: ' p1 ' })
    expect(parsed).toEqual({
      ok: true,
      from: '2013-10-01',
      to: '2013-12-31',
      period: { from: new Date('2013-09-30T22:00:00.000Z'), to: new Date('2013-12-31T22:59:59.999Z'), programmeId: 'p1' },
    })
    // The day summer time ends lasts 25 hours.
    const dst = parseEvidencePeriod({ from: '2013-10-27', to: '2013-10-27' })
    expect(dst.ok && [dst.period.from.toISOString(), dst.period.to.toISOString()]).toEqual(['2013-10-26T22:00:00.000Z', '2013-10-27T22:59:59.999Z'])
    expect(dst.ok && dst.period.programmeId).toBeUndefined()
  })

  it('refuses a missing, malformed, impossible or inverted period with a French and English message', () => {
    expect(parseEvidencePeriod({ from: '2013-10-01' })).toEqual({ ok: false, error: PERIOD_REQUIRED })
    expect(parseEvidencePeriod({ from: '', to: '2013-10-01' })).toEqual({ ok: false, error: PERIOD_REQUIRED })
    for (const [from, to, name] of [
      ['01/10/2013', '2013-12-31', 'from'],
      ['2013-10-01', '2013-02-30', 'to'],
      ['2013-13-01', '2013-12-31', 'from'],
      ['2013-10-01', ['2013-12-31'], 'to'],
    ] as const) {
      const parsed = parseEvidencePeriod({ from, to })
      expect(parsed.ok).toBe(false)
      expect(!parsed.ok && parsed.error).toMatch(new RegExp(`^Date invalide pour ${name} : .* / invalid date for ${name}: `))
    }
    expect(parseEvidencePeriod({ from: '2013-12-31', to: '2013-10-01' })).toEqual({ ok: false, error: END_BEFORE_START })
  })

  it('names the archive after the period', () => {
    expect(evidenceFilename('2013-10-01', '2013-12-31')).toBe('qualiopi-preuves-2013-10-01-2013-12-31.zip')
  })
})
