import { describe, expect, it } from '@jest/globals'
import { canonicalHostAnswer, canonicalRedirect } from '../../src/lib/canonical-host'

const SERVER_URL = 'http://localhost:3000'
const page = (url: string, host: string | null, method = 'GET') => ({ method, url, host })

describe('canonicalRedirect (one host for the admin cookie)', () => {
  it('sends a page opened at 127.0.0.1 to the same path and query on SERVER_URL', () => {
    expect(canonicalRedirect(page('http://127.0.0.1:3000/admin/collections/funding-files?limit=10', '127.0.0.1:3000'), SERVER_URL)?.href).toBe(
      'http://localhost:3000/admin/collections/funding-files?limit=10',
    )
  })

  it('leaves a page on SERVER_URL’s host alone, whatever the case of the name', () => {
    expect(canonicalRedirect(page('http://localhost:3000/admin', 'localhost:3000'), SERVER_URL)).toBeUndefined()
    expect(canonicalRedirect(page('http://LOCALHOST:3000/admin', 'LOCALHOST:3000'), SERVER_URL)).toBeUndefined()
  })

  it('treats another port as another host', () => {
    expect(canonicalRedirect(page('http://localhost:4000/admin', 'localhost:4000'), SERVER_URL)?.href).toBe('http://localhost:3000/admin')
  })

  it('never redirects the API, a write or a request without Host (health checks, API clients, forms)', () => {
    expect(canonicalRedirect(page('http://web:3000/api/health', 'web:3000'), SERVER_URL)).toBeUndefined()
    expect(canonicalRedirect(page('http://web:3000/api', 'web:3000'), SERVER_URL)).toBeUndefined()
    expect(canonicalRedirect(page('http://127.0.0.1:3000/admin', '127.0.0.1:3000', 'POST'), SERVER_URL)).toBeUndefined()
    expect(canonicalRedirect(page('http://127.0.0.1:3000/admin', null), SERVER_URL)).toBeUndefined()
  })

  it('does nothing when SERVER_URL is unset or not a URL', () => {
    expect(canonicalRedirect(page('http://127.0.0.1:3000/admin', '127.0.0.1:3000'), undefined)).toBeUndefined()
    expect(canonicalRedirect(page('http://127.0.0.1:3000/admin', '127.0.0.1:3000'), 'not a url')).toBeUndefined()
  })

  it('keeps a page on an https public name behind a reverse proxy', () => {
    expect(canonicalRedirect(page('http://10.0.0.5:3000/formations/x', 'essaim.example.org'), 'https://essaim.example.org')).toBeUndefined()
  })
})

describe('canonicalHostAnswer (how the browser is sent there)', () => {
  it('is a 307 to the absolute address between different names', () => {
    const answer = canonicalHostAnswer(new URL('https://essaim.example.org/admin'), 'www.essaim.example.org')
    expect(answer.status).toBe(307)
    expect(answer.headers.get('location')).toBe('https://essaim.example.org/admin')
  })

  it('between 127.0.0.1 and localhost (one host to Next, which would make the Location relative and loop), is a page naming the address, linking to it and opening it', async () => {
    const answer = canonicalHostAnswer(new URL('http://localhost:3000/admin?x=1&y=2'), '127.0.0.1:3000')
    expect(answer.status).toBe(200)
    expect(answer.headers.get('location')).toBeNull()
    expect(answer.headers.get('refresh')).toBe('0; url=http://localhost:3000/admin?x=1&y=2')
    const html = await answer.text()
    expect(html).toContain('<a href="http://localhost:3000/admin?x=1&amp;y=2">')
    expect(html).toContain('Ouvrez essaim à son adresse')
    expect(html).toContain('lang="en"')
  })

  it('escapes what the path could carry into the page', async () => {
    const html = await canonicalHostAnswer(new URL('http://localhost:3000/admin/"><script>'), '[::1]:3000').text()
    expect(html).not.toContain('<script>')
  })
})
