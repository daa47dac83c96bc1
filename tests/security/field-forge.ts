import type { Field } from 'payload'
import { topLevelDataFields, type DataField } from '../../src/access/field-write-rules-fields'
import { sameValue } from '../../src/access/field-write-rules-values'

/**
 * A value for a field that differs from the stored one, of the field's own type: what someone probing for holes
 * would write. Relationships point at a known document of the target collection (another one than the stored) so
 * that the write reaches field access rather than failing on the reference first.
 */

export type KnownIds = Partial<Record<string, string[]>>

const FAKE_ID = '00000000-0000-4000-8000-000000000000'
const FORGED_DATE = '2031-03-04T10:00:00.000Z'
const OTHER_DATE = '2032-05-06T10:00:00.000Z'

const richText = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] }],
  },
})

function otherId(known: KnownIds, relationTo: string, stored: unknown): string {
  const current = stored && typeof stored === 'object' && 'id' in stored ? String((stored as { id: unknown }).id) : String(stored)
  return (known[relationTo] ?? []).find((id) => id !== current) ?? FAKE_ID
}

function forgeObject(fields: readonly Field[], stored: unknown, known: KnownIds): Record<string, unknown> {
  const row = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>
  return Object.fromEntries(topLevelDataFields(fields).map((f) => [f.name, forgeValue(f, row[f.name], known)]))
}

export function forgeValue(field: DataField, stored: unknown, known: KnownIds): unknown {
  const many = 'hasMany' in field && field.hasMany === true
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      return many ? ['forgé'] : `forgé-${field.name}`
    case 'email':
      return `forge-${field.name}@example.org`
    case 'number':
      return many ? [4242] : (typeof stored === 'number' ? stored : 0) + 4242
    case 'checkbox':
      return stored !== true
    case 'date':
      return sameValue(field, stored, FORGED_DATE) ? OTHER_DATE : FORGED_DATE
    case 'select':
    case 'radio': {
      const values = field.options.map((o) => (typeof o === 'string' ? o : o.value))
      const current = Array.isArray(stored) ? stored : [stored]
      const value = values.find((v) => !current.includes(v)) ?? values[0]
      return many ? [value] : value
    }
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) {
        const relationTo = field.relationTo[0]
        return [{ relationTo, value: otherId(known, relationTo, undefined) }]
      }
      const id = otherId(known, field.relationTo, Array.isArray(stored) ? stored[0] : stored)
      return many ? [id] : id
    }
    case 'group':
      return forgeObject(field.fields, stored, known)
    case 'array':
      return [forgeObject(field.fields, undefined, known)]
    case 'json':
      return { forged: field.name }
    case 'richText':
      return richText(`forgé ${field.name}`)
    case 'point':
      return [1.5, 2.5]
    default:
      return `forgé-${field.name}`
  }
}
