import type { Payload } from 'payload'
import {
  DEFAULT_QUESTIONS,
  QUESTION_TYPES,
  type Question,
  type QuestionType,
} from '../../../src/sessions/survey-questions'
import type { SurveyKind } from '../../../src/sessions/survey-kinds'

export interface SurveyDefinition {
  questions: Question[]
  intro?: { fr?: string; en?: string }
}

const isQuestionType = (value: unknown): value is QuestionType =>
  typeof value === 'string' && (QUESTION_TYPES as readonly string[]).includes(value)

/** The questions a coordinator configured for this kind, or the built-in ones. */
export async function surveyDefinition(payload: Payload, kind: SurveyKind): Promise<SurveyDefinition> {
  const { docs } = await payload.find({
    collection: 'surveys',
    where: { kind: { equals: kind } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const doc = docs[0]
  if (!doc?.questions?.length) return { questions: DEFAULT_QUESTIONS[kind] }
  return {
    intro: { fr: doc.introFr ?? undefined, en: doc.introEn ?? undefined },
    questions: doc.questions.map((q) => ({
      key: q.key,
      type: isQuestionType(q.type) ? q.type : 'text',
      label: { fr: q.labelFr, en: q.labelEn },
      required: Boolean(q.required),
      audience: q.audience === 'direction' ? 'direction' : 'everyone',
    })),
  }
}
