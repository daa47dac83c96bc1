import { bilingual, isBlank, REQUIRED, type ValidationResult } from './messages'

export const INVALID_SLUG = bilingual(
  'Identifiant d’URL invalide (minuscules, chiffres et tirets, ex. « premier-temoignage »)',
  'invalid URL slug (lower-case letters, digits and hyphens, e.g. "first-story")',
)

const MAX_LENGTH = 96

/** "L'expérimentation de 2013 !" → "l-experimentation-de-2013": ASCII, lower-case, hyphen-separated. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '')
}

export const isValidSlug = (value: string): boolean =>
  value.length <= MAX_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)

export function validateSlug(value: unknown): ValidationResult {
  if (isBlank(value)) return REQUIRED
  return typeof value === 'string' && isValidSlug(value) ? true : INVALID_SLUG
}
