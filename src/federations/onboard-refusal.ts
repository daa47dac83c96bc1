import type { RowError } from '../import/rows'
import { bilingual } from '../validation/messages'

/** Why an onboarding changed nothing: an HTTP-like status, a code for scripts and one French / English message. */
export interface OnboardingRefusal {
  status: 400 | 404 | 409
  code: 'invalid_input' | 'name_taken' | 'email_taken' | 'template_not_found' | 'file_refused' | 'rows_refused' | 'conflict'
  message: string
  /** The structures file's refused lines, each with its reason (all of them: the admin corrects the file once). */
  rows?: RowError[]
}

/**
 * Thrown inside the onboarding transaction to roll it back with a refusal the caller shows as is (a structure of
 * another federation found while writing, say); anything else thrown there is a fault, not a refusal.
 */
export class OnboardingRefused extends Error {
  constructor(readonly refusal: OnboardingRefusal) {
    super(refusal.message)
  }
}

export const NAME_TAKEN = (name: string) =>
  bilingual(`Une fédération s’appelle déjà « ${name} »`, `a federation is already called "${name}"`)

export const EMAIL_TAKEN = (email: string) =>
  bilingual(
    `Un compte existe déjà pour ${email} : choisissez une autre adresse pour le coordinateur (ou ajoutez ce compte à la fédération depuis sa fiche)`,
    `an account already exists for ${email}: choose another address for the coordinator (or add that account to the federation from its page)`,
  )

export const TEMPLATE_NOT_FOUND = (key: string) =>
  bilingual(`Aucune campagne modèle « ${key} » (identifiant ou slug)`, `no template campaign "${key}" (id or slug)`)

export const FILE_REFUSED = (reason: string) =>
  bilingual('Fichier de structures refusé, rien n’a été créé', 'structures file refused, nothing was created') + ` — ${reason}`

/** Lines named in the message; the others are in `rows`. */
const LINES_IN_MESSAGE = 3

export function rowsRefused(rows: readonly RowError[]): string {
  const shown = rows.slice(0, LINES_IN_MESSAGE).map((r) => `ligne/line ${r.line}${r.column ? ` (${r.column})` : ''} : ${r.message}`)
  const more = rows.length > LINES_IN_MESSAGE ? ` (+${rows.length - LINES_IN_MESSAGE})` : ''
  return (
    bilingual(
      `${rows.length} ligne(s) du fichier de structures refusée(s), rien n’a été créé : corrigez le fichier et recommencez`,
      `${rows.length} line(s) of the structures file refused, nothing was created: correct the file and try again`,
    ) + ` — ${shown.join(' ; ')}${more}`
  )
}
