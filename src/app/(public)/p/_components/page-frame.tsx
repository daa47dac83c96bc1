import type React from 'react'
import { UI, type PageLang } from '../../../../sessions/page-text'

/** Every personal page: its language on <main>, a link to the same page in the other language. */
export function PageFrame({
  lang,
  otherHref,
  children,
}: {
  lang: PageLang
  otherHref?: string
  children: React.ReactNode
}) {
  return (
    <main lang={lang}>
      {otherHref && (
        <p className="lang-switch">
          <a href={otherHref} hrefLang={lang === 'fr' ? 'en' : 'fr'} lang={lang === 'fr' ? 'en' : 'fr'}>
            {UI.otherLanguage[lang]}
          </a>
        </p>
      )}
      {children}
    </main>
  )
}
