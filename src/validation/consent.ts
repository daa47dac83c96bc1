import { dayKey } from '../email/format'
import { bilingual, isBlank, type FieldProblem } from './messages'

/** Where a quoted person agreed their words may appear. Publishing on the site needs `website`. */
export const CONSENT_SCOPES = ['website', 'social-networks', 'print', 'internal'] as const
export type ConsentScope = (typeof CONSENT_SCOPES)[number]

export interface QuoteInput {
  text?: string | null
  personName?: string | null
}

export interface ConsentInput {
  givenBy?: string | null
  givenAt?: string | Date | null
  scope?: readonly string[] | null
}

export interface StoryForConsent {
  quote?: QuoteInput | null
  consent?: ConsentInput | null
}

/** A story quotes a person as soon as it carries a quotation or names the person quoted. */
export const quotesAPerson = (story: StoryForConsent): boolean =>
  !isBlank(story.quote?.text) || !isBlank(story.quote?.personName)

const MISSING_WHO = bilingual(
  'Consentement manquant : indiquez qui l’a donné avant de publier une citation',
  'consent missing: record who gave it before publishing a quote',
)
const MISSING_WHEN = bilingual(
  'Consentement manquant : indiquez quand il a été donné',
  'consent missing: record when it was given',
)
const FUTURE_WHEN = bilingual(
  'La date du consentement ne peut pas être dans le futur',
  'the consent date cannot be in the future',
)
const MISSING_SCOPE = bilingual(
  'Consentement insuffisant : la personne doit avoir accepté la publication sur le site (portée « site web »)',
  'insufficient consent: the person must have agreed to publication on the website ("website" scope)',
)

/**
 * What prevents publishing a story: a quoted person without a recorded consent (who, when, and a scope that covers
 * the website). Drafts may be incomplete; this is checked only for what is about to be published.
 */
export function consentProblems(story: StoryForConsent, now: Date = new Date()): FieldProblem[] {
  if (!quotesAPerson(story)) return []
  const consent = story.consent ?? {}
  const problems: FieldProblem[] = []
  if (isBlank(consent.givenBy)) problems.push({ path: 'consent.givenBy', message: MISSING_WHO })
  const givenAt = consent.givenAt ? new Date(consent.givenAt) : undefined
  if (!givenAt || Number.isNaN(givenAt.getTime())) {
    problems.push({ path: 'consent.givenAt', message: MISSING_WHEN })
  } else if (dayKey(givenAt) > dayKey(now)) {
    // Compared as calendar days in Paris: the admin's date picker stores a day at noon, so a consent given « today »
    // must not be refused in the morning (found by the editor journey run after midnight).
    problems.push({ path: 'consent.givenAt', message: FUTURE_WHEN })
  }
  if (!consent.scope?.includes('website')) problems.push({ path: 'consent.scope', message: MISSING_SCOPE })
  return problems
}
