import type { Block, Field } from 'payload'

/** A field label as the config gives it, reduced to the two languages the product speaks. */
export type BilingualLabel = { fr: string; en: string }

/** One relationship or upload field of a collection, found by walking its config. */
export interface ReferenceField {
  /** Schema path, dots between names, no row indexes: `documents.file`, `assets.presentation`. */
  path: string
  label: BilingualLabel
  relationTo: string[]
  polymorphic: boolean
  hasMany: boolean
  upload: boolean
  /** The containers on the way, outermost first: `list` for array and block rows, else a named group or tab. */
  containers: { name: string; list: boolean }[]
}

/** One id that a write points at, with the field it sits in. */
export interface Reference {
  field: ReferenceField
  collection: string
  id: string
}

type Doc = Record<string, unknown>

const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value)

function labelOf(field: { name: string; label?: unknown }): BilingualLabel {
  const { label, name } = field
  if (typeof label === 'string' && label) return { fr: label, en: label }
  if (isDoc(label)) {
    const fr = typeof label.fr === 'string' ? label.fr : undefined
    const en = typeof label.en === 'string' ? label.en : undefined
    if (fr || en) return { fr: fr ?? en ?? name, en: en ?? fr ?? name }
  }
  return { fr: name, en: name }
}

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name)

/**
 * How the walk descends into a field that holds other fields: `inline` (rows, collapsibles, unnamed groups and
 * tabs: same data object), `nested` (named group or tab: one object under the name), `rows` (arrays: a list of
 * objects), `blocks` (a list of objects, each with the fields of its `blockType`). Leaves return undefined.
 */
type Descent =
  | { kind: 'inline'; fields: Field[] }
  | { kind: 'nested'; name: string; fields: Field[] }
  | { kind: 'rows'; name: string; fields: Field[] }
  | { kind: 'blocks'; name: string; blocks: Block[] }

function descents(field: Field): Descent[] {
  switch (field.type) {
    case 'row':
    case 'collapsible':
      return [{ kind: 'inline', fields: field.fields }]
    case 'group':
      return 'name' in field && field.name
        ? [{ kind: 'nested', name: field.name, fields: field.fields }]
        : [{ kind: 'inline', fields: field.fields }]
    case 'tabs':
      return field.tabs.map((tab): Descent =>
        'name' in tab && tab.name ? { kind: 'nested', name: tab.name, fields: tab.fields } : { kind: 'inline', fields: tab.fields },
      )
    case 'array':
      return [{ kind: 'rows', name: field.name, fields: field.fields }]
    case 'blocks':
      return [{ kind: 'blocks', name: field.name, blocks: (field.blocks ?? []) as Block[] }]
    default:
      return []
  }
}

type Container = ReferenceField['containers'][number]

function asReferenceField(field: Field, prefix: string, containers: Container[] = []): ReferenceField | undefined {
  if (field.type !== 'relationship' && field.type !== 'upload') return undefined
  const relationTo = Array.isArray(field.relationTo) ? [...field.relationTo] : [field.relationTo as string]
  return {
    path: join(prefix, field.name),
    label: labelOf(field),
    relationTo,
    polymorphic: Array.isArray(field.relationTo),
    hasMany: Boolean('hasMany' in field && field.hasMany),
    upload: field.type === 'upload',
    containers,
  }
}

/** Every relationship and upload field of a field list, at any depth (groups, tabs, arrays, blocks). */
export function listReferenceFields(fields: readonly Field[], prefix = '', containers: Container[] = []): ReferenceField[] {
  const out: ReferenceField[] = []
  for (const field of fields) {
    const leaf = asReferenceField(field, prefix, containers)
    if (leaf) out.push(leaf)
    for (const d of descents(field)) {
      if (d.kind === 'inline') {
        out.push(...listReferenceFields(d.fields, prefix, containers))
        continue
      }
      const inner = [...containers, { name: d.name, list: d.kind !== 'nested' }]
      if (d.kind === 'blocks') for (const block of d.blocks) out.push(...listReferenceFields(block.fields, join(prefix, d.name), inner))
      else out.push(...listReferenceFields(d.fields, join(prefix, d.name), inner))
    }
  }
  return out
}

/** The ids a relationship value names: an id, a populated document, `{ relationTo, value }`, or a list of them. */
function idsOf(field: ReferenceField, value: unknown): { collection: string; id: string }[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value]
  const out: { collection: string; id: string }[] = []
  for (const item of items) {
    let collection = field.relationTo[0]
    let target: unknown = item
    if (field.polymorphic) {
      if (!isDoc(item) || typeof item.relationTo !== 'string') continue
      collection = item.relationTo
      target = item.value
    }
    const id = typeof target === 'string' || typeof target === 'number' ? String(target) : isDoc(target) && (typeof target.id === 'string' || typeof target.id === 'number') ? String(target.id) : undefined
    if (id !== undefined && id !== '') out.push({ collection, id })
  }
  return out
}

/** Every reference a (partial) document holds, found by walking the fields over the data. */
export function collectReferences(fields: readonly Field[], data: unknown, prefix = ''): Reference[] {
  if (!isDoc(data)) return []
  const out: Reference[] = []
  for (const field of fields) {
    const leaf = asReferenceField(field, prefix)
    if (leaf && 'name' in field && field.name in data) {
      for (const ref of idsOf(leaf, data[field.name])) out.push({ field: leaf, ...ref })
    }
    for (const d of descents(field)) {
      if (d.kind === 'inline') out.push(...collectReferences(d.fields, data, prefix))
      else if (d.kind === 'nested') out.push(...collectReferences(d.fields, data[d.name], join(prefix, d.name)))
      else if (d.kind === 'rows') {
        const rows = data[d.name]
        if (Array.isArray(rows)) for (const row of rows) out.push(...collectReferences(d.fields, row, join(prefix, d.name)))
      } else {
        const rows = data[d.name]
        if (!Array.isArray(rows)) continue
        for (const row of rows) {
          const block = d.blocks.find((b) => isDoc(row) && b.slug === row.blockType)
          if (block) out.push(...collectReferences(block.fields, row, join(prefix, d.name)))
        }
      }
    }
  }
  return out
}
