import type { Metadata, Viewport } from 'next'
import type React from 'react'
import '../(public)/public.css'
import './site.css'

/**
 * Root layout of the public catalogue pages (Qualiopi ind. 1 and 2): plain HTML and CSS, indexable, readable
 * on any phone. The pages set their language on <main lang>.
 */
export const metadata: Metadata = { title: 'essaim · formations' }

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  )
}
