import { bilingual, isBlank, type ValidationResult } from './messages'

/** The OPCOs that fund the federation's members (domain §1.1); anything else is "autre". */
export const OPCOS = {
  'opco-sante': { fr: 'OPCO Santé', en: 'OPCO Santé' },
  uniformation: { fr: 'Uniformation – OPCO Cohésion sociale', en: 'Uniformation – OPCO Cohésion sociale' },
  autre: { fr: 'Autre', en: 'Other' },
} as const

export type Opco = keyof typeof OPCOS
export const OPCO_CODES = Object.keys(OPCOS) as Opco[]

/**
 * Collective agreements (IDCC, 4 digits) whose OPCO is known from domain §1.1. The OPCO follows the employer's
 * IDCC, so a structure's OPCO is derived from it and stays editable for the cases this table does not know.
 */
export const OPCO_BY_IDCC: Readonly<Record<string, Opco>> = {
  '0029': 'opco-sante', // CCN 51 (FEHAP), formerly Unifaf
  '0413': 'opco-sante', // CCN 66; the CHRS agreements were merged into it in 2021
  '0783': 'opco-sante', // accords CHRS (merged into CCN 66 by arrêté of 5 August 2021)
  '3016': 'uniformation', // ateliers et chantiers d'insertion (ACI)
  '1261': 'uniformation', // acteurs du lien social et familial (ALISFA)
  '2941': 'uniformation', // aide, accompagnement, soins et services à domicile (BAD)
}

export const INVALID_IDCC = bilingual(
  'IDCC invalide (1 à 4 chiffres, ex. 0413 pour la CCN 66)',
  'invalid IDCC (1 to 4 digits, e.g. 0413 for CCN 66)',
)

/** IDCCs are written with or without leading zeros ("413", "0413"); we store four digits. */
export function normalizeIdcc(value: string): string {
  const digits = value.trim()
  return /^\d{1,4}$/.test(digits) ? digits.padStart(4, '0') : digits
}

export function validateIdcc(value: unknown): ValidationResult {
  if (isBlank(value)) return true
  if (typeof value !== 'string') return INVALID_IDCC
  const idcc = normalizeIdcc(value)
  return /^\d{4}$/.test(idcc) && idcc !== '0000' ? true : INVALID_IDCC
}

/** The OPCO of an IDCC, or undefined when the table does not know it (the user then chooses). */
export function opcoForIdcc(value: string | null | undefined): Opco | undefined {
  if (!value) return undefined
  return OPCO_BY_IDCC[normalizeIdcc(value)]
}
