'use server'

import { redirect } from 'next/navigation'
import { recordFacilitatorSheet } from '../../../../collections/attendance/services/facilitator-sheet'
import { signHalfDay } from '../../../../collections/attendance/services/participant-sheet'
import { submitSurvey } from '../../../../collections/survey-responses/services/survey-form'
import { pageLang } from '../../../sessions/page-text'
import { fieldsStartingWith } from './_lib/form-data'
import { readPersonalForm, type PersonalForm } from './_lib/form-schema'
import { personalPath } from './_lib/paths'
import { pagePayload } from './_lib/payload'

/**
 * The three things a personal page posts, read through one zod schema (_lib/form-schema.ts). Each re-checks the
 * link from scratch (the form's hidden fields are untrusted) and redirects back to the page with the outcome in the
 * query: plain HTML forms, no client script.
 */

const common = (form: PersonalForm) => ({ sessionId: form.sessionId, token: form.token, lang: pageLang(form.lang) })

export async function signAction(formData: FormData): Promise<void> {
  const form = readPersonalForm(formData)
  const { sessionId, token, lang } = common(form)
  const result = await signHalfDay(await pagePayload(), { token, sessionId, slotIndex: form.slotIndex })
  redirect(personalPath(sessionId, token, result.ok ? { lang, done: result.outcome } : { lang, error: result.refusal }))
}

export async function facilitatorSheetAction(formData: FormData): Promise<void> {
  const form = readPersonalForm(formData)
  const { sessionId, token, lang } = common(form)
  const result = await recordFacilitatorSheet(await pagePayload(), {
    token,
    sessionId,
    slotIndex: form.slotIndex,
    absentParticipantIds: form.absent,
    countersign: form.countersign,
  })
  const outcome = result.ok ? { done: result.countersigned ? 'countersigned' : 'absences' } : { error: result.refusal }
  redirect(personalPath(sessionId, token, { lang, slot: form.slotRaw, ...outcome }))
}

export async function surveyAction(formData: FormData): Promise<void> {
  const form = readPersonalForm(formData)
  const { sessionId, token, lang } = common(form)
  const page = form.page
  const result = await submitSurvey(await pagePayload(), { token, sessionId, form: fieldsStartingWith(formData, 'q-') })
  if (result.ok) redirect(personalPath(sessionId, token, { lang, done: 'answered' }, page))
  const missing = result.refusal === 'invalid' ? result.problems.map((p) => p.key).join(',') : undefined
  redirect(personalPath(sessionId, token, { lang, error: result.refusal, missing }, page))
}
