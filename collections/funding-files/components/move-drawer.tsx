'use client'
import { Drawer } from '@payloadcms/ui'
import { useId, useRef, useState, type FormEvent } from 'react'
import { DATE_HINT, inLanguage, inputsBlamed, parseMoveValues, type Bilingual, type Lang, type MoveFailure, type MoveInput } from './move-inputs'

export interface ChosenMove {
  kind: 'transition' | 'billing'
  to: string
  label: Bilingual
  inputs: MoveInput[]
}

const TEXT = {
  confirm: { fr: 'Confirmer', en: 'Confirm' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  sending: { fr: 'Envoi…', en: 'Sending…' },
  title: { fr: 'Passer le dossier à', en: 'Move the file to' },
  fix: { fr: 'Corrigez les champs signalés.', en: 'Fix the highlighted fields.' },
  network: { fr: 'Le serveur ne répond pas : réessayez.', en: 'The server does not answer: try again.' },
  optional: { fr: '(facultatif)', en: '(optional)' },
} as const

/**
 * The inputs of one move, in a Payload Drawer: the drawer is portalled out of the document's <form> in the DOM,
 * and its own <form> stops the submit event so that React does not bubble it up to Payload's form (which would save
 * the document instead). Enter in an input confirms the move, as a person expects.
 */
export function MoveDrawer(props: {
  slug: string
  fileId: string
  lang: Lang
  move: ChosenMove | undefined
  onDone: (message: string) => void
  onCancel: () => void
}) {
  const { slug, fileId, lang, move, onDone, onCancel } = props
  const [values, setValues] = useState<Record<string, string>>({})
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string>()
  const [sending, setSending] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const baseId = useId()
  const title = move ? `${TEXT.title[lang]} « ${move.label[lang]} »` : ''

  const focusFirst = (names: string[]) => {
    const first = names[0]
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus()
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    event.stopPropagation()
    if (!move || sending) return
    const parsed = parseMoveValues(move.inputs, values)
    if (!parsed.ok) {
      setErrors(Object.fromEntries(Object.entries(parsed.errors).map(([k, v]) => [k, v[lang]])))
      setMessage(TEXT.fix[lang])
      focusFirst(Object.keys(parsed.errors))
      return
    }
    setSending(true)
    setErrors({})
    setMessage(undefined)
    try {
      const res = await fetch(`/api/funding-files/${fileId}/${move.kind}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ to: move.to, ...(parsed.reason ? { reason: parsed.reason } : {}), data: parsed.data }),
      })
      const body = (await res.json().catch(() => ({}))) as MoveFailure
      if (res.ok) {
        setValues({})
        onDone(`${lang === 'fr' ? 'Dossier passé à' : 'File moved to'} « ${move.label[lang]} ».`)
        return
      }
      const blamed = inputsBlamed(body, move.inputs)
      const text = inLanguage(body.message ?? res.statusText, lang)
      setErrors(Object.fromEntries(blamed.map((name) => [name, text])))
      setMessage(text)
      focusFirst(blamed)
    } catch {
      setMessage(TEXT.network[lang])
    } finally {
      setSending(false)
    }
  }

  return (
    <Drawer slug={slug} title={title}>
      {move && (
        <form ref={formRef} className="move-drawer" onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
          {move.inputs.map((input) => {
            const id = `${baseId}-${input.name}`
            const error = errors[input.name]
            const hint = input.kind === 'date' ? `${id}-hint` : undefined
            const describedBy = [hint, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined
            const common = {
              id,
              name: input.name,
              value: values[input.name] ?? '',
              'aria-invalid': error ? true : undefined,
              'aria-required': input.required ? true : undefined,
              'aria-describedby': describedBy,
              onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [input.name]: e.target.value })),
              style: { ...FIELD_STYLE, ...(error ? ERROR_STYLE : {}) },
            }
            return (
              <div key={input.name} className={`move-drawer__field${error ? ' move-drawer__field--error' : ''}`} style={{ marginBottom: 16 }}>
                <label htmlFor={id} style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
                  {input.label[lang]} {!input.required && <span style={{ fontWeight: 400 }}>{TEXT.optional[lang]}</span>}
                </label>
                {hint && (
                  <div id={hint} style={{ fontSize: 13, marginBottom: 4 }}>
                    {lang === 'fr' ? 'Format : ' : 'Format: '}{DATE_HINT[lang]}
                  </div>
                )}
                {input.kind === 'longtext' ? (
                  <textarea rows={3} {...common} />
                ) : (
                  <input type="text" inputMode={input.kind === 'amount' ? 'decimal' : undefined} placeholder={input.kind === 'date' ? DATE_HINT[lang] : undefined} autoComplete="off" {...common} />
                )}
                {error && (
                  <p id={`${id}-error`} className="move-drawer__error" style={ERROR_TEXT_STYLE}>
                    {error}
                  </p>
                )}
              </div>
            )
          })}
          <div role="alert" aria-live="assertive" style={ERROR_TEXT_STYLE}>
            {message}
          </div>
          <div style={{ display: 'flex', gap: 12, marginTop: 16 }}>
            <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={sending} style={{ margin: 0 }}>
              {sending ? TEXT.sending[lang] : `${TEXT.confirm[lang]} : ${move.label[lang]}`}
            </button>
            <button type="button" className="btn btn--style-secondary btn--size-medium" onClick={onCancel} style={{ margin: 0 }}>
              {TEXT.cancel[lang]}
            </button>
          </div>
        </form>
      )}
    </Drawer>
  )
}

const FIELD_STYLE = {
  width: '100%',
  maxWidth: 480,
  padding: '8px 10px',
  border: '1px solid var(--theme-elevation-400)',
  borderRadius: 4,
  background: 'var(--theme-input-bg, var(--theme-elevation-0))',
  color: 'var(--theme-text)',
  font: 'inherit',
} as const
const ERROR_STYLE = { border: '2px solid var(--theme-error-500)', background: 'var(--theme-error-50)' } as const
const ERROR_TEXT_STYLE = { color: 'var(--theme-error-750, #8b1a1a)', margin: '4px 0 0', fontWeight: 600 } as const
