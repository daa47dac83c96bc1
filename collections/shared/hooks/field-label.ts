import type { FlattenedField } from 'payload'

type Label = Record<string, string>

const labelOf = (field: FlattenedField): Label | undefined => {
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return { fr: label, en: label }
  if (label && typeof label === 'object') return label as Label
  return undefined
}

/**
 * A field's label for a refusal, from its path in the collection (`consent.givenBy` → « Consentement > Donné par »):
 * Payload's « Les champs suivants ne sont pas valides : … » writes a problem's label, else its path. Array indexes are
 * skipped; a part without a label keeps its name. Undefined when the path names no field (the path is shown then).
 */
export function fieldLabelAt(fields: readonly FlattenedField[], path: string): Label | undefined {
  const parts: Label[] = []
  let level: readonly FlattenedField[] | undefined = fields
  for (const name of path.split('.').filter((part) => !/^\d+$/.test(part))) {
    const field: FlattenedField | undefined = level?.find((f) => f.name === name)
    if (!field) return undefined
    parts.push(labelOf(field) ?? { fr: name, en: name })
    level = 'flattenedFields' in field ? field.flattenedFields : undefined
  }
  if (parts.length === 0) return undefined
  // Payload splits that list at commas and colons: the separator is neither.
  return { fr: parts.map((p) => p.fr ?? p.en ?? '').join(' > '), en: parts.map((p) => p.en ?? p.fr ?? '').join(' > ') }
}
