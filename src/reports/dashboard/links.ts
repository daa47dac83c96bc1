import { parse, stringify } from 'qs-esm'
import type { Where } from 'payload'

export type ListCollection = 'funding-files' | 'sessions' | 'structures' | 'enrolments' | 'survey-responses'

/**
 * The admin list behind a figure: the collection's list view with the same conditions the figure counted, in the
 * query format the admin itself writes (`where[and][0][status][equals]=…`), so the list shows exactly that count.
 */
export function listLink(adminRoute: string, collection: ListCollection, conditions: readonly Where[]): string {
  // Nested "and"s are spread into one list: shorter addresses, and the admin's filter shows one row per condition.
  const flat = conditions.flatMap((c) => (Array.isArray(c.and) && Object.keys(c).length === 1 ? c.and : [c]))
  const where: Where = { and: flat }
  return `${adminRoute}/collections/${collection}${stringify({ where, limit: 100 }, { addQueryPrefix: true, encodeValuesOnly: true })}`
}

/** Reads a link's conditions back (what the admin list will query), e.g. to check a figure against its list. */
export function whereOfLink(link: string): Where {
  const query = link.includes('?') ? link.slice(link.indexOf('?') + 1) : ''
  // The admin parses its address with depth 10 (an "or" inside the "and" is six levels deep); so does this.
  return ((parse(query, { depth: 10 }) as { where?: Where }).where ?? {}) as Where
}
