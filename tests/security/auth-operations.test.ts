import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { handleEndpoints, type Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import { LOCK_TIME_MS, MAX_LOGIN_ATTEMPTS, usersAuth } from '../../collections/users/auth-options'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { settle } from '../helpers/pipeline'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { sleep, waitFor } from '../helpers/wait'
import { captureLogs, type LogCapture } from './helpers/log-capture'

/**
 * Every Payload auth operation the product uses, through REST as the admin UI calls them (cookie session, the
 * site's Origin), while the worker and the outbox relay run on the same SQLite file, and the mails reach a real
 * SMTP server on loopback. Served over https: the session cookie must be Secure.
 */
const SERVER_URL = 'https://essaim.test'

let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime
let smtp: MailCatcher
let logs: LogCapture
/** Every password, token and session cookie the test handles: none may appear in a log line. */
const secrets = new Set<string>()

type Call = { method?: string; path: string; body?: unknown; cookie?: string }

async function call({ method = 'GET', path, body, cookie }: Call) {
  const headers = new Headers({ Origin: SERVER_URL, 'Accept-Language': 'fr' })
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  if (cookie) headers.set('Cookie', cookie)
  const response = await handleEndpoints({
    config: payload.config,
    request: new Request(`${SERVER_URL}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
  })
  const json = (await response.json()) as Record<string, unknown>
  return { status: response.status, json, setCookies: response.headers.getSetCookie() }
}

const sessionCookie = (setCookies: string[]) => {
  const raw = setCookies.find((c) => c.startsWith('payload-token='))
  if (!raw) throw new Error(`no payload-token cookie in ${setCookies.length} Set-Cookie headers`)
  const pair = raw.split(';')[0]
  secrets.add(pair.slice('payload-token='.length))
  return { raw, pair }
}

async function login(email: string, password: string) {
  secrets.add(password)
  const result = await call({ method: 'POST', path: '/users/login', body: { email, password } })
  if (typeof result.json.token === 'string') secrets.add(result.json.token)
  return result
}

async function createUser(email: string, password: string, role: string, welcome = false) {
  secrets.add(password)
  return payload.create({
    collection: 'users',
    overrideAccess: true,
    context: { skipWelcomeMail: !welcome },
    data: { email, password, name: email.split('@')[0], role, language: 'fr' } as never,
  })
}

const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address))

beforeAll(async () => {
  env = await useTestEnv({ SERVER_URL, LOG_LEVEL: 'debug' })
  payload = await bootPayload()
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  smtp = await startMailCatcher({ port: env.smtpPort })
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(payload)
  logs = captureLogs(payload)
  await createUser('admin@example.org', 'admin-secret-2026', 'admin')
  await createUser('sa@example.org', 'structure-secret-2026', 'structure-admin')
})

afterAll(async () => {
  logs?.stop()
  await runtime?.close(2000)
  await smtp?.close()
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('auth settings', () => {
  it('locks after 5 failures for 10 minutes; the cookie is Secure only over https, SameSite=Lax always', () => {
    expect(payload.collections.users.config.auth).toMatchObject({ maxLoginAttempts: MAX_LOGIN_ATTEMPTS, lockTime: LOCK_TIME_MS })
    expect([MAX_LOGIN_ATTEMPTS, LOCK_TIME_MS]).toEqual([5, 600_000])
    expect(usersAuth('https://essaim.example').cookies).toEqual({ secure: true, sameSite: 'Lax' })
    expect(usersAuth('http://localhost:3000').cookies).toEqual({ secure: false, sameSite: 'Lax' })
  })
})

describe('auth operations through REST, worker and relay live on the same SQLite file', () => {
  it('login sets an HttpOnly, Secure, SameSite=Lax session cookie; me and refresh-token read it', async () => {
    const signedIn = await login('admin@example.org', 'admin-secret-2026')
    expect(signedIn.status).toBe(200)
    const { raw, pair } = sessionCookie(signedIn.setCookies)
    expect(raw).toMatch(/;\s*HttpOnly/i)
    expect(raw).toMatch(/;\s*Secure/i)
    expect(raw).toMatch(/;\s*SameSite=Lax/i)
    expect(raw).toMatch(/;\s*Path=\//i)

    const me = await call({ path: '/users/me', cookie: pair })
    expect(me.status).toBe(200)
    expect((me.json.user as { email?: string } | null)?.email).toBe('admin@example.org')

    const refreshed = await call({ method: 'POST', path: '/users/refresh-token', cookie: pair })
    expect(refreshed.status).toBe(200)
    expect(typeof refreshed.json.refreshedToken).toBe('string')
    secrets.add(refreshed.json.refreshedToken as string)
    const { pair: next } = sessionCookie(refreshed.setCookies)
    const meAgain = await call({ path: '/users/me', cookie: next })
    expect((meAgain.json.user as { email?: string } | null)?.email).toBe('admin@example.org')
  })

  it('logout ends the session: the same cookie no longer signs anyone in', async () => {
    const { pair } = sessionCookie((await login('sa@example.org', 'structure-secret-2026')).setCookies)
    expect(((await call({ path: '/users/me', cookie: pair })).json.user as { email?: string } | null)?.email).toBe('sa@example.org')
    const out = await call({ method: 'POST', path: '/users/logout', cookie: pair })
    expect(out.status).toBe(200)
    expect((await call({ path: '/users/me', cookie: pair })).json.user).toBeNull()
  })

  it('forgot-password answers 200 while accounts are created (welcome mails through the worker); the mail holds a working link', async () => {
    const email = 'lea@example.org'
    await createUser(email, 'old-password-2026', 'coordinator')
    // The worker writes at the same time: welcome mails (outbox → relay → events → mail → delivery row).
    const busy = Array.from({ length: 4 }, (_, i) => createUser(`busy-${i}@example.org`, `busy-password-${i}`, 'editor', true))
    const [forgot] = await Promise.all([call({ method: 'POST', path: '/users/forgot-password', body: { email } }), ...busy])
    expect(forgot.status).toBe(200)
    const mail = await waitFor('the reset mail', () => mailsTo(email)[0])
    const { simpleParser } = await import('mailparser')
    const parsed = await simpleParser(mail.raw)
    const link = new RegExp(`${SERVER_URL}/admin/reset/([a-f0-9]{40})`).exec(String(parsed.html || parsed.text))
    expect(link).not.toBeNull()
    const token = link![1]
    secrets.add(token)

    const reset = await call({ method: 'POST', path: '/users/reset-password', body: { token, password: 'new-password-2026' } })
    secrets.add('new-password-2026')
    expect(reset.status).toBe(200)
    expect((await login(email, 'old-password-2026')).status).toBe(401)
    expect((await login(email, 'new-password-2026')).status).toBe(200)
    // A used link does not work twice.
    const replay = await call({ method: 'POST', path: '/users/reset-password', body: { token, password: 'third-password-2026' } })
    secrets.add('third-password-2026')
    expect(replay.status).toBeGreaterThanOrEqual(400)
    expect(replay.status).toBeLessThan(500)

    await settle(payload, runtime)
    for (let i = 0; i < 4; i++) expect(mailsTo(`busy-${i}@example.org`)).toHaveLength(1)
  })

  it('a second request within the anti-flood interval and an unknown address both answer 200 and send nothing', async () => {
    const email = 'noe@example.org'
    await createUser(email, 'noe-password-2026', 'editor')
    expect((await call({ method: 'POST', path: '/users/forgot-password', body: { email } })).status).toBe(200)
    await waitFor('the reset mail', () => mailsTo(email).length === 1)
    expect((await call({ method: 'POST', path: '/users/forgot-password', body: { email } })).status).toBe(200)
    expect((await call({ method: 'POST', path: '/users/forgot-password', body: { email: 'nobody@example.org' } })).status).toBe(200)
    await sleep(1000)
    expect(mailsTo(email)).toHaveLength(1)
    expect(mailsTo('nobody@example.org')).toHaveLength(0)
  })

  it('five wrong passwords lock the account for 10 minutes, even against the right one; only an admin unlocks it', async () => {
    const email = 'target@example.org'
    await createUser(email, 'target-password-2026', 'facilitator')
    for (let i = 0; i < MAX_LOGIN_ATTEMPTS; i++) expect((await login(email, `wrong-guess-${i}`)).status).toBe(401)
    const lockedAt = Date.now()
    const locked = await login(email, 'target-password-2026')
    expect(locked.status).toBe(401)
    expect(locked.setCookies.some((c) => c.startsWith('payload-token='))).toBe(false)
    const stored = await payload.find({ collection: 'users', where: { email: { equals: email } }, overrideAccess: true, showHiddenFields: true })
    const lockUntil = new Date(String((stored.docs[0] as { lockUntil?: string }).lockUntil)).getTime()
    expect(Math.abs(lockUntil - (lockedAt + LOCK_TIME_MS))).toBeLessThan(30_000)

    const { pair: structureAdmin } = sessionCookie((await login('sa@example.org', 'structure-secret-2026')).setCookies)
    expect((await call({ method: 'POST', path: '/users/unlock', body: { email }, cookie: structureAdmin })).status).toBe(403)
    expect((await login(email, 'target-password-2026')).status).toBe(401)

    const { pair: admin } = sessionCookie((await login('admin@example.org', 'admin-secret-2026')).setCookies)
    expect((await call({ method: 'POST', path: '/users/unlock', body: { email }, cookie: admin })).status).toBe(200)
    expect((await login(email, 'target-password-2026')).status).toBe(200)
  })

  it('no log line carries a password, a token or a session cookie', async () => {
    await settle(payload, runtime)
    expect(logs.lines.length).toBeGreaterThan(0)
    expect(secrets.size).toBeGreaterThan(10)
    const leaks = logs.lines.flatMap((line) => [...secrets].filter((secret) => line.includes(secret)).map((secret) => `${secret.slice(0, 6)}… in: ${line.slice(0, 200)}`))
    expect(leaks).toEqual([])
    process.stderr.write(`[security] auth: ${logs.lines.length} log lines scanned for ${secrets.size} secrets, ${leaks.length} leaks\n`)
  })
})
