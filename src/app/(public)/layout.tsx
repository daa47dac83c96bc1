import type { Metadata, Viewport } from 'next'
import { headers } from 'next/headers'
import type React from 'react'
import { LANG_HEADER, langOfHeader } from '../../lib/request-lang'
import './public.css'

/**
 * Root layout of the personal pages (participants and facilitators without the admin UI). Plain HTML and CSS,
 * no client JavaScript: they must work on any phone. <html lang> follows the page's `?lang=` (src/lib/request-lang.ts);
 * without one, a page in the person's own language says so on <main lang>.
 */
export const metadata: Metadata = {
  title: 'essaim',
  robots: { index: false, follow: false },
  // The token is in the path: never send it to another site.
  referrer: 'no-referrer',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={langOfHeader((await headers()).get(LANG_HEADER))}>
      <body>{children}</body>
    </html>
  )
}
