/**
 * What each move asks the person to type, and how the typed text becomes the move's data: pure, shared by the
 * drawer (move-drawer.tsx) and its tests. The workflow checks everything again on the server; these checks only
 * let the person fix a missing amount or a misspelt date before sending, in their language, on the right input.
 */
export type Lang = 'fr' | 'en'
export type Bilingual = { fr: string; en: string }

export interface MoveInput {
  name: string
  kind: 'text' | 'amount' | 'date' | 'longtext'
  label: Bilingual
  required?: boolean
}

const amount: MoveInput = { name: 'agreedAmount', kind: 'amount', label: { fr: 'Montant accordé (€)', en: 'Agreed amount (€)' }, required: true }
const validUntil: MoveInput = { name: 'validUntil', kind: 'date', label: { fr: 'Accord valable jusqu’au', en: 'Approval valid until' } }

/** By target state; every move also takes a comment (`reason`, kept in the timeline). */
const INPUTS: Record<string, MoveInput[]> = {
  submitted: [
    { name: 'opcoRef', kind: 'text', label: { fr: 'Référence OPCO', en: 'OPCO reference' } },
    { name: 'submittedAt', kind: 'date', label: { fr: 'Date de dépôt', en: 'Filing date' } },
  ],
  approved: [amount, validUntil],
  partially_approved: [amount, validUntil],
  refused: [{ name: 'refusalReason', kind: 'longtext', label: { fr: 'Motif du refus', en: 'Reason for the refusal' }, required: true }],
}

const REASON_LABELS: Record<string, Bilingual> = {
  cancelled: { fr: 'Motif de l’annulation', en: 'Reason for cancelling' },
  info_requested: { fr: 'Ce que l’OPCO demande', en: 'What the OPCO asks for' },
}

/** The inputs of a move from `from` to `to`, comment last (accepting a partial approval asks no new amount). */
export function inputsOf(from: string, to: string, kind: 'transition' | 'billing'): MoveInput[] {
  const own = kind === 'transition' && !(from === 'partially_approved' && to === 'approved') ? (INPUTS[to] ?? []) : []
  const reason: MoveInput = { name: 'reason', kind: 'longtext', label: REASON_LABELS[to] ?? { fr: 'Commentaire', en: 'Comment' } }
  return [...own, reason]
}

export const DATE_HINT: Bilingual = { fr: 'jj/mm/aaaa', en: 'dd/mm/yyyy' }

/** « 31/03/2027 » (day first, as in the rest of the admin) → '2027-03-31'; undefined if not a real day. */
export function parseDayFirst(text: string): string | undefined {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text)
  if (!match) return undefined
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}

/** « 4 800,50 » or « 4800.5 » → 4800.5; undefined unless a number ≥ 0. */
export function parseAmount(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.')
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined
  return Number(cleaned)
}

export type Parsed =
  | { ok: true; data: Record<string, string | number>; reason?: string }
  | { ok: false; errors: Record<string, Bilingual> }

/** The typed values → the request's `data` and `reason`, or one message per wrong input. */
export function parseMoveValues(inputs: MoveInput[], values: Record<string, string>): Parsed {
  const data: Record<string, string | number> = {}
  const errors: Record<string, Bilingual> = {}
  let reason: string | undefined
  for (const input of inputs) {
    const raw = (values[input.name] ?? '').trim()
    if (!raw) {
      if (input.required) errors[input.name] = { fr: `Indiquez : ${input.label.fr.toLowerCase()}.`, en: `Enter the ${input.label.en.toLowerCase()}.` }
      continue
    }
    if (input.name === 'reason') reason = raw
    else if (input.kind === 'amount') {
      const value = parseAmount(raw)
      if (value === undefined) errors[input.name] = { fr: 'Montant invalide : un nombre en euros, par ex. 4800 ou 4800,50.', en: 'Invalid amount: a number of euros, e.g. 4800 or 4800.50.' }
      else data[input.name] = value
    } else if (input.kind === 'date') {
      const value = parseDayFirst(raw)
      if (value === undefined) errors[input.name] = { fr: 'Date invalide : écrivez-la jj/mm/aaaa, par ex. 31/03/2027.', en: 'Invalid date: write it dd/mm/yyyy, e.g. 31/03/2027.' }
      else data[input.name] = value
    } else data[input.name] = raw
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data, reason }
}

/** The server's « français / English » message, in the person's language. */
export function inLanguage(message: string, lang: Lang): string {
  const at = message.indexOf(' / ')
  if (at < 0) return message
  return lang === 'fr' ? message.slice(0, at) : message.slice(at + 3)
}

export interface MoveFailure {
  message?: string
  code?: string
  errors?: { path?: string; message?: string }[]
}

/**
 * Which input a refusal is about: the paths of a schema error (`data.agreedAmount`), else, for a refused approval
 * (amount missing or on the wrong side of the requested amount), the amount; otherwise none (the message says it).
 */
export function inputsBlamed(failure: MoveFailure, inputs: MoveInput[]): string[] {
  const names = new Set(inputs.map((i) => i.name))
  const fromPaths = (failure.errors ?? []).map((e) => (e.path ?? '').split('.').pop() ?? '').filter((n) => names.has(n))
  if (fromPaths.length) return [...new Set(fromPaths)]
  if ((failure.code === 'guard' || failure.code === 'invalid_input') && names.has('agreedAmount')) return ['agreedAmount']
  if ((failure.code === 'guard' || failure.code === 'invalid_input') && names.has('refusalReason')) return ['refusalReason']
  return []
}
