/**
 * The admin's session cookie belongs to one host: opened at http://127.0.0.1:3000 while SERVER_URL says
 * http://localhost:3000, the browser holds the cookie for one name and Payload's client calls the other, so names
 * show « Sans titre » and requests fail with 403. A page asked for under another host is sent to the same path on
 * SERVER_URL's origin instead. Only page loads (GET/HEAD outside /api): an API client or a health check that
 * reaches the server under an internal name is answered, never redirected.
 */
export interface PageRequest {
  method: string
  /** The request's full URL as the server received it. */
  url: string
  /** The Host the browser used: X-Forwarded-Host behind a reverse proxy, else Host. */
  host: string | null
}

const PAGE_METHODS = new Set(['GET', 'HEAD'])

/** The URL to send this page request to, or undefined when it is already on SERVER_URL's host (or is no page). */
export function canonicalRedirect(request: PageRequest, serverUrl: string | undefined): URL | undefined {
  if (!serverUrl || !request.host || !PAGE_METHODS.has(request.method.toUpperCase())) return undefined
  let canonical: URL
  try {
    canonical = new URL(serverUrl)
  } catch {
    return undefined
  }
  const asked = new URL(request.url)
  if (asked.pathname === '/api' || asked.pathname.startsWith('/api/')) return undefined
  if (request.host.toLowerCase() === canonical.host.toLowerCase()) return undefined
  // SERVER_URL may carry a base path; the asked path and query are kept as they are.
  return new URL(`${asked.pathname}${asked.search}`, canonical.origin)
}
