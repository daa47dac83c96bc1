import type { Payload } from 'payload'
import { surveyKindOfPurpose, type LinkPurpose } from '../../../src/sessions/link-purposes'
import type { SurveyKind } from '../../../src/sessions/survey-kinds'
import { parseAnswers, questionsFor, type AnswerProblem, type Question } from '../../../src/sessions/survey-questions'
import type { SheetRefusal } from '../../attendance/services/sheet-refusals'
import { loadEnrolled, loadSession, type SessionRecord } from '../../attendance/services/session-records'
import { openPersonalLink, type OpenedLink } from '../../personal-links/services/open-link'
import { relationIds } from '../../shared/relation-ids'
import { surveyDefinition } from './questions-for-kind'

export type SurveyRefusal = SheetRefusal | 'already-answered'

export interface Respondent {
  participantId?: string
  userId?: string
  enrolmentId?: string
  structureId?: string
  name: string
  language: 'fr' | 'en'
  /** Direction sees the direction-only questions (the second-training offer). */
  isDirection: boolean
}

export interface SurveyForm {
  sessionId: string
  sessionTitle: string
  kind: SurveyKind
  respondent: Respondent
  questions: Question[]
  intro?: { fr?: string; en?: string }
}

interface Context {
  link: OpenedLink
  session: SessionRecord
  kind: SurveyKind
  respondent: Respondent
}

/** Survey links answer their own kind; a facilitator's link answers the facilitator's questionnaire. */
const SURVEY_PURPOSES: readonly LinkPurpose[] = [
  'survey-positioning',
  'survey-hot',
  'survey-cold',
  'survey-director',
  'facilitator',
]

export const respondentKey = (
  sessionId: string,
  kind: SurveyKind,
  r: Pick<Respondent, 'participantId' | 'userId'>,
): string => `${sessionId}|${kind}|${r.participantId ? `p:${r.participantId}` : `u:${r.userId ?? ''}`}`

async function respondentOf(
  payload: Payload,
  link: OpenedLink,
  session: SessionRecord,
  kind: SurveyKind,
): Promise<Respondent | undefined> {
  if (link.participantId) {
    const person = (await loadEnrolled(payload, session.id)).find((p) => p.participantId === link.participantId)
    if (!person) return undefined
    return {
      participantId: person.participantId,
      enrolmentId: person.enrolmentId,
      structureId: person.structureId,
      name: person.name,
      language: person.language,
      isDirection: person.jobRole === 'direction',
    }
  }
  if (!link.userId) return undefined
  const user = await payload.findByID({
    collection: 'users',
    id: link.userId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!user) return undefined
  const base = {
    userId: String(user.id),
    name: user.name,
    language: user.language === 'en' ? ('en' as const) : ('fr' as const),
  }
  if (kind === 'facilitator')
    return session.facilitatorIds.includes(base.userId) ? { ...base, isDirection: false } : undefined
  // A structure admin answers for the direction of a structure of the session.
  const structureId = relationIds(user.structures).find((id) => session.structureIds.includes(id))
  return user.role === 'structure-admin' && structureId ? { ...base, structureId, isDirection: true } : undefined
}

async function surveyContext(
  payload: Payload,
  args: { token: unknown; sessionId: string; now: Date },
): Promise<{ ok: true; context: Context } | { ok: false; refusal: SurveyRefusal }> {
  const opened = await openPersonalLink(payload, { ...args, purposes: SURVEY_PURPOSES })
  if (!opened.ok) return opened
  const kind: SurveyKind = surveyKindOfPurpose(opened.link.purpose) ?? 'facilitator'
  const session = await loadSession(payload, args.sessionId)
  if (!session) return { ok: false, refusal: 'unknown' }
  const respondent = await respondentOf(payload, opened.link, session, kind)
  if (!respondent) return { ok: false, refusal: kind === 'facilitator' ? 'not-facilitator' : 'not-enrolled' }
  const last = session.slots[session.slots.length - 1]
  // The facilitator's questionnaire is about the session as taught: open from its last half-day.
  if (kind === 'facilitator' && (!last || args.now < last.start)) return { ok: false, refusal: 'not-open' }
  const { totalDocs } = await payload.count({
    collection: 'survey-responses',
    where: { respondentKey: { equals: respondentKey(session.id, kind, respondent) } },
    overrideAccess: true,
  })
  if (totalDocs > 0) return { ok: false, refusal: 'already-answered' }
  return { ok: true, context: { link: opened.link, session, kind, respondent } }
}

/** The questionnaire behind a link, with the questions this respondent sees. */
export async function loadSurveyForm(
  payload: Payload,
  args: { token: unknown; sessionId: string; now?: Date },
): Promise<{ ok: true; form: SurveyForm } | { ok: false; refusal: SurveyRefusal }> {
  const found = await surveyContext(payload, { ...args, now: args.now ?? new Date() })
  if (!found.ok) return found
  const { session, kind, respondent } = found.context
  const definition = await surveyDefinition(payload, kind)
  return {
    ok: true,
    form: {
      sessionId: session.id,
      sessionTitle: session.title,
      kind,
      respondent,
      questions: questionsFor(definition.questions, respondent.isDirection),
      intro: definition.intro,
    },
  }
}

export type SubmitResult =
  | { ok: true; kind: SurveyKind }
  | { ok: false; refusal: SurveyRefusal }
  | { ok: false; refusal: 'invalid'; problems: AnswerProblem[] }

/**
 * Records an answer: checked against the questions shown, stored once per person (the unique respondent key
 * stops a replay or a second link), and, in the same transaction, the enrolment is flagged and the person's
 * links for this questionnaire are spent (collections/survey-responses/hooks/mark-answered.ts).
 */
export async function submitSurvey(
  payload: Payload,
  args: { token: unknown; sessionId: string; form: Readonly<Record<string, string | undefined>>; now?: Date },
): Promise<SubmitResult> {
  const now = args.now ?? new Date()
  const found = await surveyContext(payload, { ...args, now })
  if (!found.ok) return found
  const { session, kind, respondent } = found.context
  const definition = await surveyDefinition(payload, kind)
  const parsed = parseAnswers(questionsFor(definition.questions, respondent.isDirection), args.form)
  if (!parsed.ok) return { ok: false, refusal: 'invalid', problems: parsed.problems }
  const key = respondentKey(session.id, kind, respondent)
  try {
    await payload.create({
      collection: 'survey-responses',
      data: {
        kind,
        session: session.id,
        enrolment: respondent.enrolmentId,
        participant: respondent.participantId,
        respondent: respondent.userId,
        structure: respondent.structureId,
        language: respondent.language,
        submittedAt: now.toISOString(),
        answers: parsed.answers,
        secondTrainingInterest: parsed.offer,
        respondentKey: key,
      },
      depth: 0,
      overrideAccess: true,
    })
  } catch (error) {
    // A double submission: the unique respondent key let the first one in.
    const { totalDocs } = await payload.count({
      collection: 'survey-responses',
      where: { respondentKey: { equals: key } },
      overrideAccess: true,
    })
    if (totalDocs > 0) return { ok: false, refusal: 'already-answered' }
    throw error
  }
  return { ok: true, kind }
}
