import { relationId } from '../../../../collections/shared/relation-ids'
import type { SurveyResponse } from '../../../payload-types'
import { isActiveEnrolment } from '../../../sessions/enrolment-status'
import { csvPart, day, decimal, sortRows } from '../csv'
import { deliveriesPart } from '../deliveries'
import { fileDocumentsPart } from '../documents'
import { ENROLMENT_HEADER, enrolmentLabels } from '../enrolments'
import { periodResponses, responsesPart } from '../responses'
import type { EvidenceScope, IndicatorDefinition } from '../types'

/** Mean of a response's 1–5 answers (all of them, or those of some keys), or undefined when there are none. */
function meanOf(response: SurveyResponse | undefined, keys?: readonly string[]): number | undefined {
  const scales = (response?.answers ?? []).filter((a) => typeof a.scale === 'number' && (!keys || keys.includes(a.key))).map((a) => a.scale as number)
  return scales.length ? scales.reduce((a, b) => a + b, 0) / scales.length : undefined
}

/** One row per participant (withdrawn excluded): positioning on entry, self-assessment at the end and later. */
async function perParticipant(scope: EvidenceScope, responses: readonly SurveyResponse[]) {
  const enrolments = scope.enrolments.filter((e) => isActiveEnrolment(e.status))
  const who = await enrolmentLabels(scope, enrolments)
  const answerOf = (enrolmentId: string, kind: string) => responses.find((r) => r.kind === kind && relationId(r.enrolment) === enrolmentId)
  const rows = enrolments.map((e) => {
    const id = String(e.id)
    const [positioning, hot, cold] = [answerOf(id, 'positioning'), answerOf(id, 'hot'), answerOf(id, 'cold')]
    return [
      ...who.cells(e),
      day(positioning?.submittedAt),
      decimal(meanOf(positioning), 2),
      decimal(meanOf(hot, ['objectives'])),
      decimal(meanOf(hot), 2),
      day(cold?.submittedAt),
      decimal(meanOf(cold), 2),
    ]
  })
  const header = [
    ...ENROLMENT_HEADER,
    'Positionnement le / Positioning on',
    "Positionnement à l'entrée (moyenne sur 5) / Positioning on entry (mean out of 5)",
    'Objectifs atteints, fin de formation (sur 5) / Objectives met, end of training (out of 5)',
    'Auto-évaluation fin de formation (moyenne sur 5) / Self-assessment, end of training (mean out of 5)',
    'Suivi à froid le / Cold follow-up on',
    'Mise en pratique à froid (moyenne sur 5) / Practice, cold (mean out of 5)',
  ]
  return csvPart(
    'acquis-par-participant.csv',
    { fr: 'participant(s) : évaluation avant, en fin de formation et à froid', en: 'participant(s): assessment before, at the end and later' },
    header,
    sortRows(rows, [0, 1, 2]),
  )
}

/** Indicator 11: the achievement of objectives is assessed, and the results kept. */
export const objectivesAssessment: IndicatorDefinition = {
  number: 11,
  folder: '11-evaluation-des-acquis',
  title: { fr: "Évaluation de l'atteinte des objectifs", en: 'Assessment of objectives achieved' },
  proves: {
    fr: "Le positionnement de chaque participant à l'entrée, son auto-évaluation de l'atteinte des objectifs en fin de formation et à froid, et les attestations de fin de formation qui en rendent compte.",
    en: "Each participant's positioning on entry, their self-assessment of the objectives at the end of the training and later, and the end-of-training certificates that report it.",
  },
  build: async (scope) => {
    const responses = await periodResponses(scope, ['positioning', 'hot', 'cold'])
    return {
      scope: { fr: 'les participants des sessions dont la première demi-journée tombe dans la période', en: 'the participants of the sessions whose first half-day falls in the period' },
      parts: [
        await perParticipant(scope, responses),
        await responsesPart(scope, responses, 'positioning', 'positionnement.csv', { fr: 'réponse(s) au positionnement', en: 'positioning answer(s)' }),
        await deliveriesPart(scope, 'envois-positionnement.csv', { fr: 'envoi(s) et relance(s) du positionnement', en: 'positioning mail(s) and reminder(s) sent' }, ['survey.positioning']),
        await fileDocumentsPart(scope, 'attestation', 'attestations', { fr: 'attestation(s) de fin de formation (PDF)', en: 'end-of-training certificate file(s) (PDF)' }),
      ],
    }
  },
}
