import { bilingual, isBlank, REQUIRED, type ValidationResult } from './messages'

export const INVALID_POSTAL_CODE = bilingual('Code postal invalide (5 chiffres)', 'invalid postal code (5 digits)')

/**
 * Format only: a postal code does not always match its département (some communes of 04 have 05… codes, CEDEX
 * codes), so the two are not cross-checked.
 */
export function validatePostalCode(value: unknown, { required = false } = {}): ValidationResult {
  if (isBlank(value)) return required ? REQUIRED : true
  return typeof value === 'string' && /^\d{5}$/.test(value.trim()) ? true : INVALID_POSTAL_CODE
}
