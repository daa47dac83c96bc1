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

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

/**
 * The answer that sends the browser to `target`. A 307 as a rule; but between two loopback names (127.0.0.1 and
 * localhost) Next's proxy rewrites the Location into a relative one (it treats them as one host), which the browser
 * would resolve against 127.0.0.1 again, forever. There the answer is a short page that names the address to use,
 * links to it and opens it (Refresh), in French and English.
 */
export function canonicalHostAnswer(target: URL, askedHost: string): Response {
  const askedName = askedHost.replace(/:\d+$/, '')
  if (!(LOOPBACK.test(askedName) && LOOPBACK.test(target.hostname))) return Response.redirect(target.href, 307)
  const href = target.href.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  const body = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Adresse d’essaim · essaim</title><meta http-equiv="refresh" content="0; url=${href}"></head>
<body><main>
<h1>Ouvrez essaim à son adresse</h1>
<p>essaim s’ouvre à l’adresse <a href="${href}">${href}</a> (sinon votre connexion n’est pas reconnue). Vous y êtes conduit.</p>
<p lang="en">essaim lives at <a href="${href}">${href}</a> (your sign-in is not recognised under another name). Taking you there.</p>
</main></body></html>
`
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', Refresh: `0; url=${target.href}`, 'Cache-Control': 'no-store' } })
}
