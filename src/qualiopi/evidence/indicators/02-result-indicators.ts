import { resultIndicators } from '../../indicators'
import type { ResultIndicators } from '../../../reports/indicators'
import { csvPart, day, decimal, percent } from '../csv'
import { labelsOf, periodProgrammeIds } from '../scope'
import type { IndicatorDefinition } from '../types'

/** A figure computed from nobody is left empty rather than shown as 0. */
const scores = (s: ResultIndicators['hot']) => [s.respondents, s.respondents ? decimal(s.mean, 2) : '', s.respondents ? percent(s.satisfiedRate) : '']

const row = (label: string, r: ResultIndicators) => [
  label,
  day(r.period.from),
  day(r.period.to),
  r.sessions,
  r.trainees,
  r.trainees ? percent(r.completionRate) : '',
  ...scores(r.hot),
  ...scores(r.cold),
]

/** Indicator 2: the result indicators of the period, per programme and (without a programme filter) for all. */
export const resultIndicatorsEvidence: IndicatorDefinition = {
  number: 2,
  folder: '02-indicateurs-de-resultats',
  title: { fr: 'Indicateurs de résultats', en: 'Result indicators' },
  proves: {
    fr: "Les indicateurs de résultats de la période, calculés par programme (et pour l'ensemble) comme la page publique du programme les affiche : satisfaction à chaud et à froid, taux d'achèvement, nombre de stagiaires et de répondants.",
    en: "The period's result indicators, computed per programme (and overall) as the programme's public page shows them: hot and cold satisfaction, completion rate, numbers of trainees and respondents.",
  },
  build: async (scope) => {
    const { payload, period } = scope
    const ids = periodProgrammeIds(scope)
    const titles = await labelsOf(payload, 'programmes', ids, 'title')
    const rows = []
    for (const id of ids) rows.push(row(titles.get(id) ?? id, await resultIndicators(payload, { from: period.from, to: period.to, programmeId: id })))
    if (!period.programmeId && scope.sessions.length > 0) rows.push(row('Ensemble des formations / All training', await resultIndicators(payload, period)))
    const header = [
      'Programme / Programme',
      'Du / From',
      'Au / To',
      'Sessions / Sessions',
      'Stagiaires / Trainees',
      "Taux d'achèvement (%) / Completion rate (%)",
      'Répondants à chaud / Hot respondents',
      'Satisfaction à chaud (moyenne sur 5) / Hot satisfaction (mean out of 5)',
      'Satisfaits à chaud (%) / Satisfied, hot (%)',
      'Répondants à froid / Cold respondents',
      'Suivi à froid (moyenne sur 5) / Cold follow-up (mean out of 5)',
      'Satisfaits à froid (%) / Satisfied, cold (%)',
    ]
    return {
      scope: { fr: 'les sessions dont la première demi-journée tombe dans la période', en: 'the sessions whose first half-day falls in the period' },
      parts: [csvPart('indicateurs-de-resultats.csv', { fr: 'ligne(s) d’indicateurs (par programme, et ensemble)', en: 'indicator row(s) (per programme, and overall)' }, header, rows)],
    }
  },
}
