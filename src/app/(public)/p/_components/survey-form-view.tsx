import type { SurveyForm } from '../../../../../collections/survey-responses/services/survey-form'
import { UI, type PageLang } from '../../../../sessions/page-text'
import {
  OFFER_ANSWERS,
  OFFER_LABELS,
  SCALE,
  SCALE_LABELS,
  fieldName,
  type Question,
} from '../../../../sessions/survey-questions'
import { Outcome, type FormAction } from './outcome'

function QuestionField({ q, lang, missing }: { q: Question; lang: PageLang; missing: boolean }) {
  const name = fieldName(q.key)
  const legend = (
    <legend>
      {q.label[lang]}
      {q.required && <span className="muted"> ({UI.required[lang]})</span>}
    </legend>
  )
  if (q.type === 'text') {
    return (
      <p>
        <label htmlFor={name}>
          <strong>{q.label[lang]}</strong>
        </label>
        <textarea id={name} name={name} maxLength={2000} required={q.required} aria-invalid={missing || undefined} />
      </p>
    )
  }
  const options =
    q.type === 'scale'
      ? SCALE.map((v) => ({ value: String(v), label: `${v}`, hint: SCALE_LABELS[lang][v - 1] }))
      : OFFER_ANSWERS.map((v) => ({ value: v, label: OFFER_LABELS[v][lang], hint: undefined }))
  return (
    <fieldset aria-invalid={missing || undefined}>
      {legend}
      {q.type === 'scale' && <p className="muted">{UI.scaleHint[lang]}</p>}
      <div className={q.type === 'scale' ? 'scale' : 'choices'}>
        {options.map((o) => (
          <label key={o.value}>
            <input type="radio" name={name} value={o.value} required={q.required} />
            {o.label}
            {o.hint && <span className="muted"> — {o.hint}</span>}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** A questionnaire as a plain form: radio scales and text areas; required questions are enforced by the browser too. */
export function SurveyFormView(props: {
  /** The server action the form posts to (passed by the page, so the view stays a plain component). */
  action: FormAction
  form: SurveyForm
  lang: PageLang
  token: string
  page: '' | 'questionnaire'
  error?: string
  missing?: string
}) {
  const { form, lang, token } = props
  const missing = new Set((props.missing ?? '').split(',').filter(Boolean))
  const intro = form.intro?.[lang]
  return (
    <>
      <h1>{UI.surveyTitle[form.kind][lang]}</h1>
      <p>
        <strong>{form.sessionTitle}</strong>
      </p>
      {intro && <p>{intro}</p>}
      <Outcome lang={lang} error={props.error} />
      <form action={props.action}>
        <input type="hidden" name="sessionId" value={form.sessionId} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="lang" value={lang} />
        <input type="hidden" name="page" value={props.page} />
        {form.questions.map((q) => (
          <QuestionField key={q.key} q={q} lang={lang} missing={missing.has(q.key)} />
        ))}
        <button type="submit">{UI.send[lang]}</button>
      </form>
    </>
  )
}
