import { relationId } from '../../../../collections/shared/relation-ids'
import type { Session } from '../../../payload-types'
import { isActiveEnrolment } from '../../../sessions/enrolment-status'
import { firstSlotStart } from '../../../sessions/first-slot'
import { clock, csvPart, day, sortRows } from '../csv'
import { deliveriesPart } from '../deliveries'
import { ENROLMENT_HEADER, enrolmentLabels } from '../enrolments'
import { periodResponses, responsesPart } from '../responses'
import type { EvidenceScope, IndicatorDefinition } from '../types'

/** Did the participant's needs analysis (the positioning questionnaire) come before the session's first half-day? */
export type NeedsAnalysis = 'before' | 'late' | 'missing'

export const NEEDS_ANALYSIS_LABELS: Record<NeedsAnalysis, string> = {
  before: 'Oui, avant la session / Yes, before the session',
  late: 'Après le début de la session / After the session started',
  missing: 'Non recueillie / Not recorded',
}

export function needsAnalysis(answeredAt: string | null | undefined, sessionStart: string | null | undefined): NeedsAnalysis {
  if (!answeredAt) return 'missing'
  if (sessionStart && new Date(answeredAt).getTime() >= new Date(sessionStart).getTime()) return 'late'
  return 'before'
}

/** One row per participant (withdrawn excluded): the positioning answered, when, and whether before the first half-day. */
async function perParticipant(scope: EvidenceScope) {
  const enrolments = scope.enrolments.filter((e) => isActiveEnrolment(e.status))
  const responses = await periodResponses(scope, ['positioning'])
  const who = await enrolmentLabels(scope, enrolments)
  const starts = new Map(scope.sessions.map((s: Session) => [String(s.id), firstSlotStart(s.slots)]))
  const rows = enrolments.map((e) => {
    // The first answer counts: a later one does not make the analysis earlier.
    const answer = responses.find((r) => r.kind === 'positioning' && relationId(r.enrolment) === String(e.id))
    const start = starts.get(relationId(e.session) ?? '')
    const status = needsAnalysis(answer?.submittedAt, start)
    return [...who.cells(e), day(start), day(answer?.submittedAt), clock(answer?.submittedAt), NEEDS_ANALYSIS_LABELS[status]]
  })
  const header = [
    ...ENROLMENT_HEADER,
    'Première demi-journée le / First half-day on',
    'Positionnement reçu le / Positioning received on',
    'à / at',
    'Besoins analysés avant la session / Needs analysed before the session',
  ]
  return csvPart(
    'analyse-des-besoins-par-participant.csv',
    { fr: 'participant(s) : analyse des besoins (positionnement) avant la session ou non', en: 'participant(s): needs analysis (positioning) before the session or not' },
    header,
    sortRows(rows, [0, 1, 2]),
  )
}

/** Indicator 4: the beneficiary's needs are analysed before the training (positioning questionnaire, per participant). */
export const needsAnalysisEvidence: IndicatorDefinition = {
  number: 4,
  folder: '04-analyse-des-besoins',
  title: { fr: 'Analyse du besoin du bénéficiaire', en: "Analysis of the beneficiary's needs" },
  proves: {
    fr: "Pour chaque participant, l'analyse de ses besoins recueillie avant la première demi-journée (questionnaire de positionnement : niveau, attentes, besoins d'adaptation), ceux pour qui elle manque ou est arrivée tard, les réponses elles-mêmes et les envois du questionnaire.",
    en: 'For each participant, the analysis of their needs collected before the first half-day (positioning questionnaire: level, expectations, adaptation needs), those for whom it is missing or came late, the answers themselves and the questionnaire mails sent.',
  },
  build: async (scope) => {
    const responses = await periodResponses(scope, ['positioning'])
    return {
      scope: { fr: 'les participants des sessions dont la première demi-journée tombe dans la période', en: 'the participants of the sessions whose first half-day falls in the period' },
      parts: [
        await perParticipant(scope),
        await responsesPart(scope, responses, 'positioning', 'reponses-positionnement.csv', { fr: 'réponse(s) au positionnement', en: 'positioning answer(s)' }),
        await deliveriesPart(scope, 'envois-positionnement.csv', { fr: 'envoi(s) et relance(s) du positionnement', en: 'positioning mail(s) and reminder(s) sent' }, ['survey.positioning']),
      ],
    }
  },
}
