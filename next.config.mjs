import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Types are checked once for the whole repository by `npm run typecheck` (a test runs it), not again per build.
  typescript: { ignoreBuildErrors: true },
  // NEXT_DIST_DIR lets a browser-test run build and serve its own copy without touching the demo's .next.
  distDir: process.env.NEXT_DIST_DIR || '.next',
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
