import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { contentSecurityPolicy, securityHeaders } from '../../src/lib/security-headers'
import { MAX_UPLOAD_BYTES, UPLOAD_LIMITS, tooLargeMessage, uploadLimitDescription } from '../../src/lib/upload-limits'
import { DEMO_ACCOUNTS } from '../../src/seed/demo-accounts'
import { PROGRAMME } from '../../src/seed/content/programme'
import { loginAs, newPage, openBrowser, type Browser } from '../e2e/harness/browser'
import { BUILT_APP_TIMEOUT_MS, startBuiltApp, startWebAs, stopBuiltApp } from './helpers/built-app'

/**
 * The security headers of every kind of answer of the BUILT app (next start: what production serves), and the admin
 * and the public pages working under the CSP in Chromium (no violation reported).
 */
let baseUrl = ''
let browser: Browser | undefined
const admin = DEMO_ACCOUNTS.find((a) => a.role === 'admin')!

beforeAll(async () => {
  ;({ baseUrl } = await startBuiltApp())
}, BUILT_APP_TIMEOUT_MS)

afterAll(async () => {
  await browser?.close()
  await stopBuiltApp()
}, 60_000)

async function adminCookie(): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  expect(response.status).toBe(200)
  return response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))!.split(';')[0]
}

/** Every kind of answer: the admin's pages, REST and GraphQL, the public site, a personal page, a 404, a static file. */
async function answers(cookie: string): Promise<{ kind: string; path: string; response: Response }[]> {
  const get = (path: string, init: RequestInit = {}) => fetch(`${baseUrl}${path}`, { redirect: 'manual', ...init })
  const withCookie = { headers: { Cookie: cookie, Origin: baseUrl } }
  const adminHtml = await (await get('/admin', withCookie)).text()
  const script = /\/_next\/static\/[^"']+\.js/.exec(adminHtml)?.[0]
  expect(script).toBeDefined()
  const list = [
    { kind: 'admin login page', path: '/admin/login', init: {} },
    { kind: 'admin page (signed in)', path: '/admin', init: withCookie },
    { kind: 'admin list view', path: '/admin/collections/structures', init: withCookie },
    { kind: 'REST API JSON', path: '/api/programmes?limit=1', init: {} },
    { kind: 'REST API error JSON', path: '/api/structures', init: {} },
    {
      kind: 'GraphQL',
      path: '/api/graphql',
      init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ Programmes { docs { id } } }' }) },
    },
    { kind: 'public programme page', path: `/formations/${PROGRAMME.slug}`, init: {} },
    { kind: 'personal page', path: '/p/00000000-0000-4000-8000-000000000000/not-a-real-token', init: {} },
    { kind: '404', path: '/nothing-here', init: {} },
    { kind: 'static script', path: script!, init: {} },
  ]
  return Promise.all(list.map(async ({ kind, path, init }) => ({ kind, path, response: await get(path, init) })))
}

describe('security headers of the built app (http)', () => {
  it('sends CSP, frame, sniffing and referrer headers on every kind of answer, never X-Powered-By nor HSTS over http', async () => {
    const all = await answers(await adminCookie())
    const seen: string[] = []
    for (const { kind, path, response } of all) {
      const h = response.headers
      seen.push(`${kind} ${response.status}`)
      expect([kind, h.get('x-powered-by')]).toEqual([kind, null])
      expect([kind, h.get('strict-transport-security')]).toEqual([kind, null])
      expect([kind, h.get('x-content-type-options')]).toEqual([kind, 'nosniff'])
      expect([kind, h.get('x-frame-options')]).toEqual([kind, 'DENY'])
      const referrer = path.startsWith('/p/') ? 'no-referrer' : 'strict-origin-when-cross-origin'
      expect([kind, h.get('referrer-policy')]).toEqual([kind, referrer])
      if (kind === 'static script') continue
      const csp = h.get('content-security-policy') ?? ''
      expect([kind, csp]).toEqual([kind, contentSecurityPolicy('production')])
      for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'", "script-src 'self' 'unsafe-inline'"]) {
        expect([kind, csp.includes(directive)]).toEqual([kind, true])
      }
      expect([kind, csp]).not.toContain('unsafe-eval')
    }
    // Each kind answered as itself (not all 404s or redirects).
    const status = Object.fromEntries(all.map(({ kind, response }) => [kind, response.status]))
    expect(status).toMatchObject({
      'admin login page': 200,
      'admin page (signed in)': 200,
      'REST API JSON': 200,
      'REST API error JSON': 403,
      GraphQL: 200,
      'public programme page': 200,
      '404': 404,
      'static script': 200,
    })
    expect(seen).toHaveLength(10)
  })

  it('sends HSTS when SERVER_URL is https (same build, another web process)', async () => {
    const web = await startWebAs('https://essaim.example')
    try {
      for (const path of ['/api/users/me', '/admin/login']) {
        const response = await fetch(`${web.baseUrl}${path}`, { redirect: 'manual', headers: { 'X-Forwarded-Host': 'essaim.example' } })
        expect([path, response.headers.get('strict-transport-security')]).toEqual([path, 'max-age=31536000; includeSubDomains'])
        expect([path, response.headers.get('x-frame-options')]).toEqual([path, 'DENY'])
      }
    } finally {
      await web.stop()
    }
    expect(securityHeaders({ pathname: '/', serverUrl: 'http://localhost:3000', nodeEnv: 'production' }).map(([name]) => name)).not.toContain(
      'Strict-Transport-Security',
    )
  }, 180_000)
})

describe('the admin and the public pages under the CSP, in Chromium', () => {
  it('logs in, opens the dashboard, the media list (its size limit shown), a list, a document, the programme page and a personal page: no CSP violation', async () => {
    browser = await openBrowser()
    const page = await newPage(browser)
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`)
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    await loginAs(page, admin.email, admin.password)
    await page.waitForLoadState('networkidle')
    await page.goto(`${baseUrl}/admin/collections/media`)
    await page.getByText(uploadLimitDescription(UPLOAD_LIMITS.media).fr).first().waitFor()
    await page.goto(`${baseUrl}/admin/collections/structures`)
    const firstRow = page.locator('table tbody tr a').first()
    await firstRow.waitFor()
    await firstRow.click()
    await page.waitForURL(/\/admin\/collections\/structures\/[^/]+$/)
    await page.locator('form').first().waitFor()
    await page.waitForLoadState('networkidle')
    await page.goto(`${baseUrl}/formations/${PROGRAMME.slug}`)
    await page.waitForLoadState('networkidle')
    expect(await page.locator('h1').first().textContent()).toBeTruthy()
    await page.goto(`${baseUrl}/p/00000000-0000-4000-8000-000000000000/not-a-real-token`)
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
    // The watch itself works: a script from another origin is blocked and reported.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.src = 'https://cdn.example.org/tracker.js'
      document.head.appendChild(script)
    })
    for (let i = 0; i < 40 && violations.length === 0; i++) await page.waitForTimeout(100)
    expect(violations.join('\n')).toMatch(/script-src/)
  }, 240_000)
})

describe('uploads through the built server', () => {
  it('answers a 20 MB upload with 413 and the bilingual limit, behind Next’s proxy', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(20 * 1024 * 1024)], { type: 'image/png' }), 'enorme.png')
    form.append('_payload', JSON.stringify({ alt: 'Trop gros', audience: 'public' }))
    const response = await fetch(`${baseUrl}/api/media`, { method: 'POST', headers: { Cookie: await adminCookie(), Origin: baseUrl }, body: form })
    expect(response.status).toBe(413)
    const body = (await response.json()) as { message?: string }
    expect(body.message).toBe(tooLargeMessage(MAX_UPLOAD_BYTES))
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  }, 120_000)
})
