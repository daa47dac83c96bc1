import { describe, expect, it } from '@jest/globals'
import { canonicalRedirect } from '../../src/lib/canonical-host'

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
