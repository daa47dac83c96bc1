import type { Field } from 'payload'
import type { DataField } from './field-write-rules-fields'
import { topLevelDataFields } from './field-write-rules-fields'

/**
 * Does a write actually change a field? The admin form sends every field back, read-only ones included, and REST
 * clients resend what they read (populated relations, '' for empty text): resending the stored value is not a write
 * to refuse. Values are compared in a canonical form per field type.
 */

type Canonical = string | number | boolean | null | Canonical[] | { [key: string]: Canonical }

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

function relationCanonical(value: unknown): Canonical {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'object' && 'relationTo' in value && 'value' in value) {
    const poly = value as { relationTo: unknown; value: unknown }
    return `${String(poly.relationTo)}:${String(idOf(poly.value))}`
  }
  return String(idOf(value))
}

function plain(value: unknown): Canonical {
  if (value === undefined || value === null || value === '') return null
  if (Array.isArray(value)) return value.length ? value.map(plain) : null
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, plain(v)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => a.localeCompare(b))
    return entries.length ? Object.fromEntries(entries) : null
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value
  return String(value)
}

/** Sub-fields of a group or array row, compared field by field; row ids are Payload's, not the person's. */
function objectCanonical(fields: readonly Field[], value: unknown): Canonical {
  if (!value || typeof value !== 'object') return null
  const row = value as Record<string, unknown>
  const entries = topLevelDataFields(fields)
    .map((f) => [f.name, canonical(f, row[f.name])] as const)
    .filter(([, v]) => v !== null)
  return entries.length ? Object.fromEntries(entries) : null
}

export function canonical(field: DataField, value: unknown): Canonical {
  if (value === undefined || value === null) return null
  switch (field.type) {
    case 'relationship':
    case 'upload':
      if (Array.isArray(value)) return value.length ? value.map(relationCanonical) : null
      return relationCanonical(value)
    case 'checkbox':
      return value === true || value === 'true' ? true : null
    case 'date': {
      if (value === '') return null
      const time = new Date(String(value)).getTime()
      return Number.isNaN(time) ? String(value) : new Date(time).toISOString()
    }
    case 'number':
      if (Array.isArray(value)) return value.length ? value.map((v) => Number(v)) : null
      return value === '' ? null : Number(value)
    case 'group':
      return objectCanonical(field.fields, value)
    case 'array':
      if (!Array.isArray(value) || value.length === 0) return null
      return value.map((row) => objectCanonical(field.fields, row) ?? {})
    default:
      return plain(value)
  }
}

export const sameValue = (field: DataField, a: unknown, b: unknown): boolean =>
  JSON.stringify(canonical(field, a)) === JSON.stringify(canonical(field, b))

const isAbsent = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * The value a new document gets anyway: nothing sent, or the field's own (static) default. A field without a
 * default treats its empty forms (false, '', []) as nothing; with one, `false` against a default `true` is a choice.
 */
export function isDefaultValue(field: DataField, value: unknown): boolean {
  if (field.type === 'group') {
    const row = (value ?? {}) as Record<string, unknown>
    return topLevelDataFields(field.fields).every((sub) => isDefaultValue(sub, row[sub.name]))
  }
  const fallback = 'defaultValue' in field ? field.defaultValue : undefined
  if (fallback === undefined || typeof fallback === 'function') return canonical(field, value) === null
  return isAbsent(value) || sameValue(field, value, fallback)
}
