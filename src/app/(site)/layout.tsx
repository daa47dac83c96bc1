import type { Metadata, Viewport } from 'next'
import { headers } from 'next/headers'
import type React from 'react'
import { LANG_HEADER, langOfHeader } from '../../lib/request-lang'
import '../(public)/public.css'
import './site.css'

/**
 * Root layout of the public catalogue pages (Qualiopi ind. 1 and 2): plain HTML and CSS, indexable, readable
 * on any phone. <html lang> follows the page's `?lang=` (src/lib/request-lang.ts); the pages also set it on <main lang>.
 */
export const metadata: Metadata = { title: 'essaim · formations' }

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={langOfHeader((await headers()).get(LANG_HEADER))}>
      <body>{children}</body>
    </html>
  )
}
