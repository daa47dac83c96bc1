import { bilingual, isBlank, REQUIRED, type ValidationResult } from './messages'

export const INVALID_NDA = bilingual(
  "Numéro de déclaration d'activité invalide (11 chiffres, ex. 93 13 12345 13)",
  'invalid activity declaration number (11 digits, e.g. 93 13 12345 13)',
)

/** The NDA is printed grouped ("93 13 12345 13") and typed in any grouping: we store the 11 digits. */
export const normalizeNda = (value: string): string => value.replace(/[\s.\u00a0-]/g, '')

export const isValidNda = (value: string): boolean => /^\d{11}$/.test(normalizeNda(value))

/** The NDA as the prefecture writes it: région (2), département (2), number (5), région again (2). */
export function formatNda(value: string): string {
  const d = normalizeNda(value)
  return isValidNda(d) ? `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 9)} ${d.slice(9)}` : value
}

export function validateNda(value: unknown, { required = true } = {}): ValidationResult {
  if (isBlank(value)) return required ? REQUIRED : true
  return typeof value === 'string' && isValidNda(value) ? true : INVALID_NDA
}
