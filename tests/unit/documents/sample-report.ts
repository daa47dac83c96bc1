import type { ReportContent } from '../../../src/reports/content'
import type { ScoreSummary } from '../../../src/reports/scores'

const scores = (respondents: number, distribution: [number, number, number, number, number]): ScoreSummary => ({
  respondents,
  mean: distribution.reduce((sum, n, i) => sum + n * (i + 1), 0) / Math.max(1, respondents),
  satisfiedRate: (distribution[3] + distribution[4]) / Math.max(1, respondents),
  distribution,
  questions: [{ key: 'contenu', answers: respondents, mean: 4.2, distribution }],
})

/** The report of the sample session (sample-facts): two of three attended, hot and cold answers, comments. */
export function sampleReport(): ReportContent {
  return {
    session: {
      id: '7',
      title: 'Culture & usages numériques · Marseille 2013',
      venue: 'ERIC La Fabrique',
      start: '2013-10-14T07:00:00.000Z',
      end: '2013-10-16T15:00:00.000Z',
      structures: { '3': 'CHRS Les Iris' },
    },
    inputsAsOf: '2013-11-20T09:00:00.000Z',
    generatedAt: '2013-11-20T10:00:00.000Z',
    parts: {
      attendance: {
        enrolled: 3,
        attended: 1,
        partial: 1,
        noShow: 1,
        plannedHours: 21,
        hoursDue: 63,
        hoursAttended: 35,
        attendanceRate: 35 / 63,
        completionRate: 1 / 3,
        perSlot: [0, 1, 2, 3, 4, 5].map((index) => ({ index, signed: index < 4 ? 2 : 1 })),
        people: [
          { name: 'Élodie Martin', status: 'attended', hoursAttended: 21, halfDays: 6 },
          { name: 'Benoît Roux', status: 'partial', hoursAttended: 14, halfDays: 4 },
          { name: 'Zoé Lefèvre', status: 'no-show', hoursAttended: 0, halfDays: 0 },
        ],
      },
      roles: { structures: [], counts: { direction: 1, 'social-worker': 2 }, missing: ['service-manager'] },
      scores: { hot: scores(2, [0, 0, 0, 1, 1]), cold: scores(1, [0, 0, 1, 0, 0]) },
      freeText: [{ kind: 'hot', key: 'commentaire', text: 'J’ai appris à créer mon compte et à aider les résidents' }],
      facilitator: { respondents: 1, scores: scores(1, [0, 0, 0, 0, 1]), comments: ["Groupe très impliqué, l'après-midi trop court"] },
      director: { offer: { interested: 1 }, answers: [{ structure: 'CHRS Les Iris', answer: 'interested' }], comments: [] },
    },
  }
}
