import type { PageLang } from '../../../../sessions/page-text'

export type Query = Record<string, string | string[] | undefined>

/** The first value of a query parameter. */
export const one = (query: Query, name: string): string | undefined => {
  const value = query[name]
  return Array.isArray(value) ? value[0] : value
}

/** A personal page's own address, with the outcome of the last action in the query (plain redirects, no JS). */
export function personalPath(
  sessionId: string,
  token: string,
  query: Record<string, string | undefined> = {},
  page: '' | 'questionnaire' = '',
): string {
  const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])))
  const base = `/p/${encodeURIComponent(sessionId)}/${encodeURIComponent(token)}${page ? `/${page}` : ''}`
  return search.size ? `${base}?${search.toString()}` : base
}

export const otherLang = (lang: PageLang): PageLang => (lang === 'fr' ? 'en' : 'fr')
