import type { Where } from 'payload'

/** A constraint matching exactly these ids; an empty list denies outright (no `in: []` query reaches the database). */
export const whereIdIn = (ids: readonly string[]): Where | false => (ids.length ? { id: { in: [...ids] } } : false)

/** OR of the non-empty `field in ids` constraints; false when all are empty. */
export function whereAnyIn(constraints: Record<string, readonly string[]>): Where | false {
  const or: Where[] = Object.entries(constraints)
    .filter(([, ids]) => ids.length > 0)
    .map(([field, ids]) => ({ [field]: { in: [...ids] } }))
  if (or.length === 0) return false
  return or.length === 1 ? or[0] : { or }
}
