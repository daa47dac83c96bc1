import type { Field } from 'payload'
import type { Bilingual } from '../workflow/messages'

/** Fields whose children sit at the parent's level in the data (no name of their own, or tabs without a name). */
function childrenInline(field: Field): Field[] {
  if (field.type === 'row' || field.type === 'collapsible') return field.fields
  if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : tab.fields))
  return []
}

function findNamed(fields: readonly Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    const inline = findNamed(childrenInline(field), name)
    if (inline) return inline
    if (field.type === 'tabs') {
      const tab = field.tabs.find((t) => 'name' in t && t.name === name)
      if (tab) return { type: 'group', name, label: tab.label, fields: tab.fields } as Field
    }
  }
  return undefined
}

const subFields = (field: Field): readonly Field[] =>
  field.type === 'group' || field.type === 'array' ? field.fields : field.type === 'blocks' ? field.blocks.flatMap((b) => b.fields) : []

/** The labels along a data path (`slots.2.start`), numbers (array rows) skipped. */
export function labelsAlong(fields: readonly Field[], path: string): Bilingual[] {
  const labels: Bilingual[] = []
  let level: readonly Field[] = fields
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) continue
    const field = findNamed(level, segment)
    if (!field) {
      labels.push({ fr: segment, en: segment })
      break
    }
    labels.push(labelOf(field, segment))
    level = subFields(field)
  }
  return labels
}

function labelOf(field: Field, fallback: string): Bilingual {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return { fr: label, en: label }
  if (label && typeof label === 'object') {
    const texts = label as Record<string, string>
    return { fr: texts.fr ?? texts.en ?? fallback, en: texts.en ?? texts.fr ?? fallback }
  }
  return { fr: fallback, en: fallback }
}

/** One field's name for a person: its labels from the top, « Session › Créneaux › Début ». */
export function fieldLabel(fields: readonly Field[], path: string): Bilingual {
  const labels = labelsAlong(fields, path)
  if (labels.length === 0) return { fr: path, en: path }
  return { fr: labels.map((l) => l.fr).join(' › '), en: labels.map((l) => l.en).join(' › ') }
}
