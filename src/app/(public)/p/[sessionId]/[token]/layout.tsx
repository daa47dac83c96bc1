import type { Metadata, Viewport } from 'next'
import { headers } from 'next/headers'
import type React from 'react'
import { askedLang, LANG_HEADER } from '../../../../../lib/request-lang'
import { personLanguage } from '../../_lib/person-language'
import '../../../public.css'

/**
 * Root layout of the personal pages (participants and facilitators without the admin UI). Plain HTML and CSS,
 * no client JavaScript: they must work on any phone. It sits on the link's own segment so that <html lang> can be
 * the page's language: the one its address asks for (`?lang=`, passed on by the proxy, src/lib/request-lang.ts),
 * else the language of the person the link belongs to, as the page itself chooses.
 */
export const metadata: Metadata = {
  title: 'essaim',
  robots: { index: false, follow: false },
  // The token is in the path: never send it to another site.
  referrer: 'no-referrer',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default async function PersonalLayout({
  children,
  params,
}: {
  children: React.ReactNode
  params: Promise<{ sessionId: string; token: string }>
}) {
  const { sessionId, token } = await params
  const lang = askedLang((await headers()).get(LANG_HEADER)) ?? (await personLanguage(sessionId, token))
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  )
}
