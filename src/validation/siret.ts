import { luhnCheckDigit, luhnValid } from './luhn'
import { bilingual, isBlank, REQUIRED, type ValidationResult } from './messages'

export const INVALID_SIRET = bilingual(
  'SIRET invalide (14 chiffres, clé de Luhn)',
  'invalid SIRET (14 digits, Luhn key)',
)

/** La Poste's establishments share SIREN 356000000 and use a digit-sum rule instead of Luhn (INSEE exception). */
const LA_POSTE_SIREN = '356000000'

/** People type SIRETs with spaces or dots ("123 456 789 00012"); we store the 14 digits. */
export const normalizeSiret = (value: string): string => value.replace(/[\s.\u00a0-]/g, '')

export function isValidSiret(value: string): boolean {
  const siret = normalizeSiret(value)
  if (!/^\d{14}$/.test(siret)) return false
  if (siret.startsWith(LA_POSTE_SIREN)) {
    const digitSum = [...siret].reduce((sum, d) => sum + Number(d), 0)
    return digitSum % 5 === 0
  }
  return luhnValid(siret)
}

export function validateSiret(value: unknown, { required = true } = {}): ValidationResult {
  if (isBlank(value)) return required ? REQUIRED : true
  return typeof value === 'string' && isValidSiret(value) ? true : INVALID_SIRET
}

/**
 * A SIRET built from a SIREN body (8 digits) and an establishment number (4 digits): both Luhn keys are computed.
 * Used to make fictional yet valid numbers for demo data and tests.
 */
export function makeSiret(sirenBody: string, establishment: string): string {
  if (!/^\d{8}$/.test(sirenBody) || !/^\d{4}$/.test(establishment)) {
    throw new Error('makeSiret: 8 + 4 digits expected')
  }
  const siren = sirenBody + luhnCheckDigit(sirenBody)
  const thirteen = siren + establishment
  return thirteen + luhnCheckDigit(thirteen)
}
