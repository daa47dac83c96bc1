import type { Metadata, Viewport } from 'next'
import type React from 'react'
import './public.css'

/**
 * Root layout of the personal pages (participants and facilitators without the admin UI). Plain HTML and CSS,
 * no client JavaScript: they must work on any phone. Pages set their own language on <main lang>.
 */
export const metadata: Metadata = {
  title: 'essaim',
  robots: { index: false, follow: false },
  // The token is in the path: never send it to another site.
  referrer: 'no-referrer',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  )
}
