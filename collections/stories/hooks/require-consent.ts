import type { CollectionBeforeChangeHook } from 'payload'
import { consentProblems, type StoryForConsent } from '../../../src/validation/consent'
import { rejectProblems } from '../../shared/hooks/reject-problems'
import { resultingDoc } from '../../shared/hooks/resulting-doc'

/**
 * A story quoting a person is published only with a recorded consent (who, when, website scope). Checked on the
 * document as it will be, whatever the path: admin "Publish", API, or the scheduled-publication job.
 */
export const requireConsentToPublish: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const story = resultingDoc(originalDoc, data)
  if (story._status !== 'published') return data
  rejectProblems(consentProblems(story as StoryForConsent), collection.slug, req)
  return data
}
