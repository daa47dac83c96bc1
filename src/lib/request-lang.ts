/**
 * The page's language as the root layouts see it. A root layout renders <html lang> but is given neither the query
 * nor the page's data, so the proxy copies the page's `?lang=` into this request header (always overwriting what a
 * client sent) and the layouts read it. French unless the page asks for English.
 */
export const LANG_HEADER = 'x-essaim-lang'

export type RequestLang = 'fr' | 'en'

/** The language a page's query asks for: `?lang=en` → en, anything else → fr. */
export const langOfQuery = (search: URLSearchParams): RequestLang => (search.get('lang') === 'en' ? 'en' : 'fr')

/** The language a root layout reads from the header the proxy set. */
export const langOfHeader = (value: string | null | undefined): RequestLang => (value === 'en' ? 'en' : 'fr')
