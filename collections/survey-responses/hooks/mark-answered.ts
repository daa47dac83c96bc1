import type { CollectionAfterChangeHook, Where } from 'payload'
import { DONE_FLAG, isSurveyKind } from '../../../src/sessions/survey-kinds'
import { relationId } from '../../shared/relation-ids'

/**
 * An answer closes the matter for its respondent, in the answer's transaction: the enrolment's flag is set (so
 * the next reminder skips them) and every unspent link they hold for this questionnaire is spent (an older
 * reminder's link shows "already answered" too).
 */
export const markAnswered: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const kind: unknown = doc.kind
  if (operation !== 'create' || !isSurveyKind(kind)) return doc
  const flag = DONE_FLAG[kind]
  const enrolmentId = relationId(doc.enrolment)
  if (flag && enrolmentId) {
    await req.payload.update({
      collection: 'enrolments',
      id: enrolmentId,
      data: { [flag]: true },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  const participantId = relationId(doc.participant)
  const userId = relationId(doc.respondent)
  const holder: Where | undefined = participantId
    ? { participant: { equals: participantId } }
    : userId
      ? { user: { equals: userId } }
      : undefined
  if (holder) {
    await req.payload.update({
      collection: 'personal-links',
      where: {
        and: [
          { session: { equals: relationId(doc.session) ?? '' } },
          { purpose: { equals: `survey-${kind}` } },
          { usedAt: { exists: false } },
          holder,
        ],
      },
      data: { usedAt: doc.submittedAt ?? new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  return doc
}
