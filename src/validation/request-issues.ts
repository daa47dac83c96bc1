import type { ZodIssue } from 'zod'
import type { Bilingual } from '../workflow/messages'

/** Where a request carries its input: named in the messages so a person knows where to look. */
export type InputPlace = 'body' | 'query' | 'params' | 'form'

const PLACE: Record<InputPlace, Bilingual> = {
  body: { fr: 'corps de la requête', en: 'request body' },
  query: { fr: 'paramètres de l’adresse', en: 'query parameters' },
  params: { fr: 'adresse', en: 'URL path' },
  form: { fr: 'formulaire', en: 'form' },
}

const TYPE_FR: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'vrai ou faux',
  object: 'un objet',
  array: 'une liste',
  null: 'null',
  undefined: 'rien',
  date: 'une date',
  nan: 'NaN',
  bigint: 'un grand entier',
}

const typeFr = (type: string): string => TYPE_FR[type] ?? type

/** At most 40 characters of a value a person sent: enough to recognise it, never a wall of text echoed back. */
const short = (value: unknown): string => {
  const raw = String(value)
  // An empty or space-padded name is quoted, so that the list still reads (and « /  » never looks like the end).
  const text = raw === '' || raw.trim() !== raw ? JSON.stringify(raw) : raw
  return text.length > 40 ? `${text.slice(0, 37)}…` : text
}

const list = (values: readonly unknown[]): string => values.slice(0, 12).map(short).join(', ') + (values.length > 12 ? ', …' : '')

/** The field's name as the client wrote it (`data.slots.0.start`), or the place itself for the whole input. */
export function fieldName(path: readonly (string | number)[], place: InputPlace): Bilingual {
  return path.length === 0 ? PLACE[place] : { fr: `« ${path.join('.')} »`, en: `"${path.join('.')}"` }
}

/**
 * A schema's own wording for a check, in both languages. Zod carries one message string per issue: `says`
 * registers the pair under its French-then-English text and hands that text to zod as the message.
 */
const OWN = new Map<string, Bilingual>()
export function says(fr: string, en: string): { message: string } {
  const message = `${fr} / ${en}`
  OWN.set(message, { fr, en })
  return { message }
}

/** What is wrong with one value, in French and English. A schema's own wording (`says`) wins. */
export function describeIssue(issue: ZodIssue): Bilingual {
  const own = OWN.get(issue.message)
  if (own) return own
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return { fr: 'obligatoire', en: 'required' }
      return { fr: `${typeFr(issue.expected)} attendu, reçu ${typeFr(issue.received)}`, en: `expected ${issue.expected}, received ${issue.received}` }
    case 'invalid_literal':
      return { fr: `valeur attendue : ${short(issue.expected)}`, en: `expected ${short(issue.expected)}` }
    case 'invalid_enum_value':
      return { fr: `valeurs possibles : ${list(issue.options)}`, en: `expected one of ${list(issue.options)}` }
    case 'unrecognized_keys':
      return { fr: `champ(s) inconnu(s) : ${list(issue.keys)}`, en: `unknown field(s): ${list(issue.keys)}` }
    case 'invalid_union':
    case 'invalid_union_discriminator':
      return { fr: 'forme de valeur non reconnue', en: 'value of an unexpected shape' }
    case 'invalid_date':
      return { fr: 'date invalide', en: 'invalid date' }
    case 'invalid_string':
      return { fr: 'format invalide', en: 'invalid format' }
    case 'too_small':
      return bound('min', issue.type, Number(issue.minimum))
    case 'too_big':
      return bound('max', issue.type, Number(issue.maximum))
    case 'not_finite':
      return { fr: 'nombre fini attendu', en: 'expected a finite number' }
    case 'not_multiple_of':
      return { fr: `multiple de ${String(issue.multipleOf)} attendu`, en: `expected a multiple of ${String(issue.multipleOf)}` }
    default:
      return { fr: 'valeur invalide', en: 'invalid value' }
  }
}

function bound(side: 'min' | 'max', type: string, n: number): Bilingual {
  const fr = side === 'min' ? 'au moins' : 'au plus'
  const en = side === 'min' ? 'at least' : 'at most'
  if (type === 'string') return { fr: `${fr} ${n} caractère(s)`, en: `${en} ${n} character(s)` }
  if (type === 'array' || type === 'set') return { fr: `${fr} ${n} élément(s)`, en: `${en} ${n} item(s)` }
  return { fr: `${fr} ${n}`, en: `${en} ${n}` }
}
