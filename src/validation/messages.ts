/**
 * Every validation message is read by a French-speaking user first and an English-speaking one second, whatever
 * the admin language: one string, French then English, so API clients and logs carry both.
 */
export const bilingual = (fr: string, en: string): string => `${fr} / ${en}`

/** What a Payload field `validate` function returns: true, or the message to show. */
export type ValidationResult = true | string

/** A problem found on a whole document, attached to the field it concerns (Payload's ValidationError shape). */
export interface FieldProblem {
  path: string
  message: string
}

export const REQUIRED = bilingual('Ce champ est obligatoire', 'this field is required')

export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
