import type { Option } from 'payload'

export type Labels = Record<string, { fr: string; en: string }>

/** Select options from a `value → {fr, en}` table, in the table's order. */
export const optionsFrom = (labels: Labels): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))
