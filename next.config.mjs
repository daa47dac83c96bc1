import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Types are checked once for the whole repository by `npm run typecheck` (a test runs it), not again per build.
  typescript: { ignoreBuildErrors: true },
  // NEXT_DIST_DIR lets a browser-test run build and serve its own copy without touching the demo's .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // No `X-Powered-By: Next.js`: it tells an attacker which exploits to try.
  poweredByHeader: false,
  // bull-board (/ops/queues) reads its UI files and templates from node_modules at run time: not bundled.
  // pdfkit too: an archival PDF embeds the sRGB profile pdfkit reads next to its own module (js/data/), found
  // there exactly as in the worker.
  serverExternalPackages: ['@bull-board/api', '@bull-board/hono', '@bull-board/ui', 'ejs', 'pdfkit'],
  // The proxy (src/proxy.ts) sets the security headers of every page and API answer; Next's own static files,
  // which it does not see, get the ones that matter for a script or a stylesheet.
  async headers() {
    const headers = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    ]
    return ['/_next/static/:path*', '/_next/image', '/favicon.ico'].map((source) => ({ source, headers }))
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
