import type { Field, FieldAffectingData } from 'payload'

/** A field that stores data at the top level of a document: what the write table has one row for. */
export type DataField = FieldAffectingData & { name: string; label?: unknown }

/** Fields that hold no data of their own (layout, joins, ui). */
const NOT_DATA = new Set(['ui', 'join'])

/**
 * The top-level data fields of a collection, as the config's own objects (so access can be set on them in place):
 * rows, collapsibles and unnamed tabs are layout, so their fields are top-level; a group, an array or a named tab
 * is one field (its access covers its content).
 */
export function topLevelDataFields(fields: readonly Field[]): DataField[] {
  const out: DataField[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) out.push(tab as unknown as DataField)
        else out.push(...topLevelDataFields(tab.fields))
      }
    } else if ('name' in field && field.name) {
      if (!NOT_DATA.has(field.type)) out.push(field as DataField)
    } else if ('fields' in field && Array.isArray(field.fields)) {
      out.push(...topLevelDataFields(field.fields))
    }
  }
  return out
}

/** A field's label in both languages (its name when it has none). */
export function labelOf(field: { name: string; label?: unknown }): { fr: string; en: string } {
  const label = field.label
  if (typeof label === 'string' && label) return { fr: label, en: label }
  if (label && typeof label === 'object') {
    const l = label as Record<string, unknown>
    const fr = typeof l.fr === 'string' ? l.fr : typeof l.en === 'string' ? l.en : field.name
    const en = typeof l.en === 'string' ? l.en : fr
    return { fr, en }
  }
  return { fr: field.name, en: field.name }
}
