import { relationId } from '../../../collections/shared/relation-ids'
import { surveyDefinition } from '../../../collections/survey-responses/services/questions-for-kind'
import type { SurveyResponse } from '../../payload-types'
import type { SurveyKind } from '../../sessions/survey-kinds'
import { OFFER_LABELS, type OfferAnswer } from '../../sessions/survey-questions'
import { csvPart, day } from './csv'
import { labelsOf, participantLabels } from './scope'
import type { Bilingual, EvidencePart, EvidenceScope } from './types'

type Answer = NonNullable<SurveyResponse['answers']>[number]

/** The answers given to the period's questionnaires of these kinds, oldest first. */
export async function periodResponses(scope: EvidenceScope, kinds: readonly SurveyKind[]): Promise<SurveyResponse[]> {
  const sessionIds = scope.sessions.map((s) => String(s.id))
  if (sessionIds.length === 0) return []
  const { docs } = await scope.payload.find({
    collection: 'survey-responses',
    where: { and: [{ session: { in: sessionIds } }, { kind: { in: [...kinds] } }] },
    depth: 0,
    pagination: false,
    sort: 'submittedAt',
    overrideAccess: true,
  })
  return docs
}

/** An answer as a spreadsheet shows it: the score, the text, or the offer's French label. */
export const answerCell = (answer: Answer | undefined): string | number => {
  if (!answer) return ''
  if (typeof answer.scale === 'number') return answer.scale
  if (answer.choice) return OFFER_LABELS[answer.choice as OfferAnswer]?.fr ?? answer.choice
  return answer.text ?? ''
}

/** Who answered: names of the participant (or account), their job role, session and structure, read once. */
export async function respondentLabels(scope: EvidenceScope, responses: readonly SurveyResponse[]) {
  const { payload } = scope
  const [person, users, structures] = await Promise.all([
    participantLabels(payload, responses.map((r) => relationId(r.participant))),
    labelsOf(payload, 'users', responses.map((r) => r.respondent as string | undefined), 'name'),
    labelsOf(payload, 'structures', responses.map((r) => r.structure as string | undefined), 'name'),
  ])
  const sessions = new Map(scope.sessions.map((s) => [String(s.id), s.title]))
  return (r: SurveyResponse) => {
    const p = person(relationId(r.participant))
    return {
      session: sessions.get(String(r.session)) ?? '',
      structure: structures.get(String(r.structure)) ?? '',
      name: p.name || users.get(String(r.respondent)) || '',
      role: p.role || (r.respondent ? 'Formateur·rice' : ''),
    }
  }
}

/**
 * One questionnaire kind as a table: a row per response, a column per question (the configured questions, then
 * any other key found in the answers), free text included.
 */
export async function responsesPart(
  scope: EvidenceScope,
  responses: readonly SurveyResponse[],
  kind: SurveyKind,
  name: string,
  what: Bilingual,
): Promise<EvidencePart> {
  const ofKind = responses.filter((r) => r.kind === kind)
  const { questions } = await surveyDefinition(scope.payload, kind)
  const keys = questions.map((q) => q.key)
  for (const r of ofKind) for (const a of r.answers ?? []) if (!keys.includes(a.key)) keys.push(a.key)
  const labels = new Map(questions.map((q) => [q.key, q.label.fr]))
  const who = await respondentLabels(scope, ofKind)
  const header = [
    'Reçue le / Received on',
    'Session / Session',
    'Structure / Structure',
    'Répondant·e / Respondent',
    'Fonction / Role',
    ...keys.map((k) => (labels.has(k) ? `${labels.get(k)} [${k}]` : k)),
  ]
  const rows = ofKind.map((r) => {
    const w = who(r)
    return [day(r.submittedAt), w.session, w.structure, w.name, w.role, ...keys.map((k) => answerCell(r.answers?.find((a) => a.key === k)))]
  })
  return csvPart(name, what, header, rows)
}
