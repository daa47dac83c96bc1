import { bilingual, isBlank, REQUIRED, type ValidationResult } from './messages'

export const INVALID_EMAIL = bilingual('Adresse e-mail invalide', 'invalid e-mail address')

// Deliberately simple: one @, a dot in the domain, no spaces. Deliverability is proven by sending, not by a regex.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

export const isValidEmail = (value: string): boolean => EMAIL.test(value.trim())

export function validateEmail(value: unknown, { required = false } = {}): ValidationResult {
  if (isBlank(value)) return required ? REQUIRED : true
  return typeof value === 'string' && isValidEmail(value) ? true : INVALID_EMAIL
}
