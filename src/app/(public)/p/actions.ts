'use server'

import { redirect } from 'next/navigation'
import { recordFacilitatorSheet } from '../../../../collections/attendance/services/facilitator-sheet'
import { signHalfDay } from '../../../../collections/attendance/services/participant-sheet'
import { submitSurvey } from '../../../../collections/survey-responses/services/survey-form'
import { pageLang } from '../../../sessions/page-text'
import { field, fieldsStartingWith } from './_lib/form-data'
import { personalPath } from './_lib/paths'
import { pagePayload } from './_lib/payload'

/**
 * The three things a personal page posts. Each re-checks the link from scratch (the form's hidden fields are
 * untrusted) and redirects back to the page with the outcome in the query: plain HTML forms, no client script.
 */

/** A half-day index from the form; a missing one is NaN, which no sheet accepts (rather than 0). */
const slotIndexOf = (form: FormData): number => {
  const raw = field(form, 'slotIndex')
  return raw === '' ? Number.NaN : Number(raw)
}

const common = (form: FormData) => ({
  sessionId: field(form, 'sessionId'),
  token: field(form, 'token'),
  lang: pageLang(field(form, 'lang')),
})

export async function signAction(form: FormData): Promise<void> {
  const { sessionId, token, lang } = common(form)
  const result = await signHalfDay(await pagePayload(), { token, sessionId, slotIndex: slotIndexOf(form) })
  redirect(personalPath(sessionId, token, result.ok ? { lang, done: result.outcome } : { lang, error: result.refusal }))
}

export async function facilitatorSheetAction(form: FormData): Promise<void> {
  const { sessionId, token, lang } = common(form)
  const result = await recordFacilitatorSheet(await pagePayload(), {
    token,
    sessionId,
    slotIndex: slotIndexOf(form),
    absentParticipantIds: form.getAll('absent').filter((v): v is string => typeof v === 'string'),
    countersign: field(form, 'intent') === 'countersign',
  })
  const outcome = result.ok ? { done: result.countersigned ? 'countersigned' : 'absences' } : { error: result.refusal }
  redirect(personalPath(sessionId, token, { lang, slot: field(form, 'slotIndex'), ...outcome }))
}

export async function surveyAction(form: FormData): Promise<void> {
  const { sessionId, token, lang } = common(form)
  const page = field(form, 'page') === 'questionnaire' ? 'questionnaire' : ''
  const result = await submitSurvey(await pagePayload(), { token, sessionId, form: fieldsStartingWith(form, 'q-') })
  if (result.ok) redirect(personalPath(sessionId, token, { lang, done: 'answered' }, page))
  const missing = result.refusal === 'invalid' ? result.problems.map((p) => p.key).join(',') : undefined
  redirect(personalPath(sessionId, token, { lang, error: result.refusal, missing }, page))
}
