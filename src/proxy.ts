import { NextResponse, type NextRequest } from 'next/server'
import { canonicalHostAnswer, canonicalRedirect } from './lib/canonical-host'
import { LANG_HEADER, langOfQuery } from './lib/request-lang'
import { REQUEST_ID_HEADER, requestIdOf } from './lib/request-id'
import { securityHeaders } from './lib/security-headers'

/**
 * Next's proxy (formerly middleware): runs before every page and API route the matcher lets through.
 * Each concern is one step below, in order; a step returns a response to stop there.
 */
export function proxy(request: NextRequest): NextResponse {
  // 0. The request's id (a valid incoming X-Request-Id, else a fresh one): the routes read it, the caller gets it back.
  const requestId = requestIdOf(request.headers)

  // 1. One host for the admin's cookie: a page opened under another name than SERVER_URL's is sent there.
  const askedHost = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  const target = canonicalRedirect({ method: request.method, url: request.url, host: askedHost }, process.env.SERVER_URL)
  if (target) {
    const answer = canonicalHostAnswer(target, askedHost ?? '')
    return withRequestId(requestId, withSecurityHeaders(request, new NextResponse(answer.body, answer)))
  }

  // 2. The page's language for the root layouts' <html lang> (they see neither the query nor the page's data).
  const headers = new Headers(request.headers)
  headers.set(LANG_HEADER, langOfQuery(request.nextUrl.searchParams))
  headers.set(REQUEST_ID_HEADER, requestId)

  // 3. Response headers common to every answer (security headers, the request's id).
  return withRequestId(requestId, withSecurityHeaders(request, NextResponse.next({ request: { headers } })))
}

function withRequestId(requestId: string, response: NextResponse): NextResponse {
  response.headers.set(REQUEST_ID_HEADER, requestId)
  return response
}

/** CSP, framing, sniffing, referrer and HSTS headers (src/lib/security-headers.ts), read at request time. */
function withSecurityHeaders(request: NextRequest, response: NextResponse): NextResponse {
  const context = { pathname: request.nextUrl.pathname, serverUrl: process.env.SERVER_URL, nodeEnv: process.env.NODE_ENV }
  for (const [name, value] of securityHeaders(context)) response.headers.set(name, value)
  return response
}

export const config = {
  // Everything but Next's own static files.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
