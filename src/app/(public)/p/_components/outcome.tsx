import { REFUSAL_TEXT, isPageRefusal, type PageLang } from '../../../../sessions/page-text'

/** A server action behind a plain HTML form. */
export type FormAction = (form: FormData) => Promise<void>

/** The result of the last action, announced to screen readers (role=status / alert). */
export function Outcome({ lang, notice, error }: { lang: PageLang; notice?: string; error?: string }) {
  if (error && isPageRefusal(error)) {
    const text = REFUSAL_TEXT[error][lang]
    return (
      <div className="problem" role="alert">
        <strong>{text.title}</strong>
        <p>{text.body}</p>
      </div>
    )
  }
  return notice ? (
    <p className="notice" role="status">
      {notice}
    </p>
  ) : null
}
