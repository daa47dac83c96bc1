/**
 * The security headers of every answer (pages, the admin, the API, 404s), set by the proxy (src/proxy.ts) at
 * request time so that they follow the running SERVER_URL, not the one of the build. Pure: tested on its own.
 */
export interface HeaderContext {
  pathname: string
  serverUrl: string | undefined
  nodeEnv: string | undefined
}

/**
 * Payload's admin has no nonce support and Next inlines its bootstrap scripts, so scripts need 'unsafe-inline'
 * (with 'self' only the admin breaks); its components set inline styles. Everything else is as tight as the
 * product allows: no other origin is called (no CDN, no analytics), no page may be framed, no plugin runs.
 * `next dev` also needs eval (React's debugging) and its hot-reload websocket.
 */
export function contentSecurityPolicy(nodeEnv: string | undefined): string {
  const dev = nodeEnv === 'development'
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(dev ? ['ws:'] : [])],
    'worker-src': ["'self'", 'blob:'],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'object-src': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/** A personal page's address carries its token (/p/<session>/<token>): no other site may learn it through Referer. */
export const isPersonalPage = (pathname: string): boolean => pathname === '/p' || pathname.startsWith('/p/')

export function securityHeaders({ pathname, serverUrl, nodeEnv }: HeaderContext): [string, string][] {
  const headers: [string, string][] = [
    ['Content-Security-Policy', contentSecurityPolicy(nodeEnv)],
    ['X-Frame-Options', 'DENY'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', isPersonalPage(pathname) ? 'no-referrer' : 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ]
  // Only a site really served over https may tell browsers never to use http again (a year, subdomains too).
  if (serverUrl?.startsWith('https://')) headers.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'])
  return headers
}
