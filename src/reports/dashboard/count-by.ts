/** Counts items by key, in the order the keys first appear unless an order is given (then unknown keys last). */
export function countBy<T>(items: readonly T[], keyOf: (item: T) => string, order: readonly string[] = []): Map<string, number> {
  const counts = new Map<string, number>()
  for (const key of order) counts.set(key, 0)
  for (const item of items) {
    const key = keyOf(item)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  for (const [key, count] of counts) if (count === 0) counts.delete(key)
  return counts
}

const PARIS_MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' })

/** The calendar month in Paris (YYYY-MM) of an instant. */
export const monthOf = (iso: string): string => PARIS_MONTH.format(new Date(iso))
