/**
 * The page's language as the root layouts see it. A root layout renders <html lang> but is given neither the query
 * nor the page's data, so the proxy copies the page's `?lang=` into this request header (always overwriting what a
 * client sent) and the layouts read it. French unless the page asks for English.
 */
export const LANG_HEADER = 'x-essaim-lang'

export type RequestLang = 'fr' | 'en'

/** The language a page's query asks for (`?lang=en` or `?lang=fr`), '' when it asks for none. */
export const langOfQuery = (search: URLSearchParams): RequestLang | '' => {
  const lang = search.get('lang')
  return lang === 'en' || lang === 'fr' ? lang : ''
}

/** The language the page asked for, read back from the header the proxy set; undefined when it asked for none. */
export const askedLang = (value: string | null | undefined): RequestLang | undefined => (value === 'en' || value === 'fr' ? value : undefined)

/** The language a root layout puts on <html lang>: the one asked for, French otherwise. */
export const langOfHeader = (value: string | null | undefined): RequestLang => askedLang(value) ?? 'fr'
