import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { consentProblems, type StoryForConsent } from '../../../src/validation/consent'
import { resultingDoc } from '../../shared/hooks/resulting-doc'

/**
 * What the admin's refusal lists for each missing piece of the consent, in the editor's language. Payload writes a
 * problem's label (or else its path, `consent.givenBy`) after « Les champs suivants ne sont pas valides » and
 * splits that list at commas and colons: these words hold neither. The field itself shows the full message.
 */
const CONSENT_LABELS: Record<string, { fr: string; en: string }> = {
  'consent.givenBy': { fr: 'Consentement > qui l’a donné', en: 'Consent > who gave it' },
  'consent.givenAt': { fr: 'Consentement > date à laquelle il a été donné', en: 'Consent > date it was given' },
  'consent.scope': { fr: 'Consentement > usage « site web » accepté', en: 'Consent > “website” use agreed to' },
}

/**
 * A story quoting a person is published only with a recorded consent (who, when, website scope). Checked on the
 * document as it will be, whatever the path: admin "Publish", API, or the scheduled-publication job.
 * Nothing is written when it refuses (HTTP 400, one entry per field, highlighted in the admin).
 */
export const requireConsentToPublish: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const story = resultingDoc(originalDoc, data)
  if (story._status !== 'published') return data
  const problems = consentProblems(story as StoryForConsent)
  if (problems.length === 0) return data
  const errors = problems.map((problem) => ({ ...problem, label: CONSENT_LABELS[problem.path] }))
  throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
}
