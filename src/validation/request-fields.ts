import { z } from 'zod'
import { findDepartement, REGION_CODES, type RegionCode } from './departements'
import { says } from './request-issues'

/**
 * Zod pieces shared by the endpoints' schemas. Each refusal carries its own French and English wording (`says`,
 * read back by request-issues.ts), so a person reads what is expected, not zod's English.
 */

/** A document id as either adapter makes it (SQLite uuid, Mongo ObjectId): opaque, but short and plain. */
export const documentId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, says('identifiant de document attendu (lettres, chiffres, tirets)', 'expected a document id (letters, digits, dashes)'))

/** Free text a person typed, bounded. */
export const text = (max: number) => z.string().max(max, says(`au plus ${max} caractères`, `at most ${max} characters`))

/** An amount in euros: finite, not negative, below a billion. */
export const amount = z
  .number()
  .finite()
  .min(0, says('montant positif ou nul attendu', 'expected an amount of 0 or more'))
  .max(1e9, says('montant trop élevé', 'amount too large'))

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** True when `value` is an ISO 8601 date (or date-time) of a real calendar day between 1900 and 2200. */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (year < 1900 || year > 2200) return false
  // 2026-02-30 would otherwise roll over to 2 March.
  const calendar = new Date(Date.UTC(year, month - 1, day))
  return calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day && !Number.isNaN(new Date(value).getTime())
}

const DATE_EXPECTED = says('date ISO 8601 attendue (AAAA-MM-JJ ou AAAA-MM-JJTHH:MM:SSZ, années 1900 à 2200)', 'expected an ISO 8601 date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ, years 1900 to 2200)')

/** An ISO 8601 date or date-time, as a string. */
export const isoDateString = z.string().max(40, DATE_EXPECTED).refine(isIsoDate, DATE_EXPECTED)

/** A calendar day, YYYY-MM-DD only. */
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, says('jour attendu au format AAAA-MM-JJ', 'expected a day as YYYY-MM-DD'))
  .refine(isIsoDate, DATE_EXPECTED)

/** An ISO date read into a Date (a valid Date passed by server code is kept). */
export const dateValue = z.unknown().transform((value, ctx): Date => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value
  if (typeof value === 'string' && value.length <= 40 && isIsoDate(value)) return new Date(value)
  ctx.addIssue({ code: z.ZodIssueCode.custom, ...DATE_EXPECTED })
  return z.NEVER
})

/** One of a closed list of strings; the message lists them. */
export const oneOf = <T extends string>(values: readonly [T, ...T[]]) => z.enum(values)

/** A region code (REGIONS); the message lists them. */
export const regionCode = z.enum(REGION_CODES as [RegionCode, ...RegionCode[]])

/** A département code of the list (13, 2A, 971…), any case. */
export const departementCode = z
  .string()
  .max(3, says('code de département attendu (13, 2A, 971…)', 'expected a département code (13, 2A, 971…)'))
  .refine((value) => findDepartement(value) !== undefined, says('département inconnu (attendu : 13, 2A, 971…)', 'unknown département (expected 13, 2A, 971…)'))
