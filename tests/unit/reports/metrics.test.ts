import { describe, expect, it } from '@jest/globals'
import { attendanceSummary } from '../../../src/reports/attendance'
import { computeResultIndicators } from '../../../src/reports/indicators'
import { freeTexts, offerCounts, scoreSummary } from '../../../src/reports/scores'

const slot = (h: number) => ({ start: new Date(h * 3_600_000), end: new Date((h + 3.5) * 3_600_000) })

describe('report metrics', () => {
  it('attendance: hours, rates and per-half-day signatures', () => {
    const a = attendanceSummary([slot(0), slot(5)], [
      { name: 'A', status: 'attended', hoursAttended: 7, signedSlots: [0, 1] },
      { name: 'B', status: 'partial', hoursAttended: 3.5, signedSlots: [1] },
      { name: 'C', status: 'no-show', hoursAttended: 0, signedSlots: [] },
    ])
    expect(a).toMatchObject({ enrolled: 3, attended: 1, partial: 1, noShow: 1, plannedHours: 7, hoursDue: 21, hoursAttended: 10.5 })
    expect(a.attendanceRate).toBeCloseTo(0.5)
    expect(a.completionRate).toBeCloseTo(1 / 3)
    expect(a.perSlot).toEqual([{ index: 0, signed: 1 }, { index: 1, signed: 2 }])
  })

  it('scores: mean, satisfied share and distribution per question, ignoring non-scale answers', () => {
    const s = scoreSummary([
      { answers: [{ key: 'overall', scale: 5 }, { key: 'useful', scale: 4 }, { key: 'comments', text: 'Bien' }] },
      { answers: [{ key: 'overall', scale: 2 }, { key: 'useful', scale: 7 }] },
    ])
    expect(s.respondents).toBe(2)
    expect(s.mean).toBeCloseTo(11 / 3)
    expect(s.satisfiedRate).toBeCloseTo(2 / 3)
    expect(s.distribution).toEqual([0, 1, 0, 1, 1])
    expect(s.questions.find((q) => q.key === 'overall')).toEqual({ key: 'overall', answers: 2, mean: 3.5, distribution: [0, 1, 0, 0, 1] })
    expect(scoreSummary([]).mean).toBe(0)
  })

  it('free text and second-training answers', () => {
    expect(freeTexts([{ kind: 'hot', answers: [{ key: 'c', text: '  Super  ' }, { key: 'd', text: ' ' }] }])).toEqual([{ kind: 'hot', key: 'c', text: 'Super' }])
    expect(offerCounts(['interested', 'later', 'interested', null])).toEqual({ interested: 2, later: 1 })
  })

  it('result indicators (Qualiopi ind. 2): completion excludes withdrawals', () => {
    const r = computeResultIndicators({
      from: new Date(0),
      to: new Date(1000),
      sessions: 1,
      enrolmentStatuses: ['attended', 'attended', 'partial', 'withdrawn'],
      hot: [{ answers: [{ key: 'overall', scale: 4 }] }],
      cold: [],
    })
    expect(r.trainees).toBe(3)
    expect(r.completionRate).toBeCloseTo(2 / 3)
    expect(r.hot).toEqual({ respondents: 1, mean: 4, satisfiedRate: 1 })
    expect(r.cold.respondents).toBe(0)
  })
})
