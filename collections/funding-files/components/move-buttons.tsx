'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

interface Move {
  to: string
  label: { fr: string; en: string }
}
interface Moves {
  status: string
  billingStatus: string
  transitions: Move[]
  billing: Move[]
}

/** What a move asks the person to type, by target state (the workflow validates it again). */
const INPUTS: Record<string, { name: string; type: 'text' | 'number' | 'date'; fr: string; en: string }[]> = {
  submitted: [
    { name: 'opcoRef', type: 'text', fr: 'Référence OPCO', en: 'OPCO reference' },
    { name: 'submittedAt', type: 'date', fr: 'Date de dépôt', en: 'Filing date' },
  ],
  approved: [
    { name: 'agreedAmount', type: 'number', fr: 'Montant accordé (€)', en: 'Agreed amount (€)' },
    { name: 'validUntil', type: 'date', fr: "Valable jusqu'au", en: 'Valid until' },
  ],
  partially_approved: [
    { name: 'agreedAmount', type: 'number', fr: 'Montant accordé (€)', en: 'Agreed amount (€)' },
    { name: 'validUntil', type: 'date', fr: "Valable jusqu'au", en: 'Valid until' },
  ],
  refused: [{ name: 'refusalReason', type: 'text', fr: 'Motif du refus', en: 'Refusal reason' }],
}

/** The moves the signed-in person may make on this file now, as buttons above the edit form. */
export function MoveButtons() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  const [moves, setMoves] = useState<Moves>()
  const [chosen, setChosen] = useState<{ kind: 'transition' | 'billing'; move: Move }>()
  const [values, setValues] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string>()

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`/api/funding-files/${id}/moves`, { credentials: 'include' })
    if (res.ok) setMoves((await res.json()) as Moves)
  }, [id])
  useEffect(() => {
    void load()
  }, [load])

  if (!id || !moves || moves.transitions.length + moves.billing.length === 0) return null

  const submit = async () => {
    if (!chosen) return
    const data: Record<string, unknown> = {}
    for (const input of INPUTS[chosen.move.to] ?? []) {
      const raw = values[input.name]
      if (raw) data[input.name] = input.type === 'number' ? Number(raw) : raw
    }
    const res = await fetch(`/api/funding-files/${id}/${chosen.kind}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ to: chosen.move.to, reason: values.reason, data }),
    })
    const body = (await res.json()) as { message?: string }
    if (res.ok) window.location.reload()
    else setMessage(body.message ?? res.statusText)
  }

  const button = (kind: 'transition' | 'billing', move: Move) => (
    <button key={`${kind}-${move.to}`} type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setChosen({ kind, move })}>
      → {move.label[lang]}
    </button>
  )

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
      {moves.transitions.map((m) => button('transition', m))}
      {moves.billing.map((m) => button('billing', m))}
      {chosen && (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void submit()
          }}
          style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end' }}
        >
          {[...(INPUTS[chosen.move.to] ?? []), { name: 'reason', type: 'text' as const, fr: 'Commentaire', en: 'Comment' }].map((input) => (
            <label key={input.name} style={{ display: 'flex', flexDirection: 'column', fontSize: 12 }}>
              {input[lang]}
              <input type={input.type} value={values[input.name] ?? ''} onChange={(e) => setValues({ ...values, [input.name]: e.target.value })} />
            </label>
          ))}
          <button type="submit" className="btn btn--style-primary btn--size-small">
            {lang === 'fr' ? 'Confirmer' : 'Confirm'} : {chosen.move.label[lang]}
          </button>
        </form>
      )}
      {message && <p role="alert" style={{ color: 'var(--theme-error-500)', width: '100%' }}>{message}</p>}
    </div>
  )
}
