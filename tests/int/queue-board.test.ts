import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { bootPayload } from '../helpers/boot'
import { useTestEnv } from '../helpers/test-env'

const BASE = 'http://localhost:3000'
const admin = { email: 'admin-board@essaim.test', password: 'board-admin-pw' }
const coordinator = { email: 'coord-board@essaim.test', password: 'board-coord-pw' }

/** bull-board at /ops/queues: administrators only, changes only from this site. */
describe('queue dashboard', () => {
  let payload: Payload
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    await useTestEnv()
    payload = await bootPayload()
    for (const [account, role] of [[admin, 'admin'], [coordinator, 'coordinator']] as const) {
      await payload.create({ collection: 'users', overrideAccess: true, context: { skipWelcomeMail: true }, data: { ...account, name: role, role, language: 'fr' } })
      tokens[role] = (await payload.login({ collection: 'users', data: account })).token ?? ''
    }
  })
  afterAll(async () => {
    await payload.destroy()
  })

  const call = async (path: string, init: { as?: 'admin' | 'coordinator'; method?: string; origin?: string } = {}) => {
    const { serveQueueBoard } = await import('../../src/ops/queue-board')
    const headers = new Headers()
    if (init.as) headers.set('Authorization', `JWT ${tokens[init.as]}`)
    if (init.origin) headers.set('Origin', init.origin)
    return serveQueueBoard(payload, new Request(`${BASE}${path}`, { method: init.method ?? 'GET', headers }))
  }

  it('sends a signed-out reader to the login page, and back', async () => {
    const response = await call('/ops/queues')
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${BASE}/admin/login?redirect=%2Fops%2Fqueues`)
  })

  it('refuses a coordinator with a page that says why', async () => {
    const response = await call('/ops/queues', { as: 'coordinator' })
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('Réservé aux administrateurs')
  })

  it("shows an administrator every queue of the product, with the UI's own files", async () => {
    const page = await call('/ops/queues', { as: 'admin' })
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toMatch(/<base href="\/ops\/queues\/?"/)
    const api = await call('/ops/queues/api/queues', { as: 'admin' })
    const { queues } = (await api.json()) as { queues: { name: string }[] }
    expect(queues.map((q) => q.name).sort()).toEqual(['campaign', 'events', 'mail', 'notify', 'reports', 'timers'])
    const asset = /static\/js\/main[^"']+\.js/.exec(html)?.[0]
    expect(asset).toBeDefined()
    const script = await call(`/ops/queues/${asset}`, { as: 'admin' })
    expect(script.status).toBe(200)
  })

  it('lets an administrator retry failed jobs only from this site', async () => {
    const path = '/ops/queues/api/queues/mail/retry/failed'
    expect((await call(path, { as: 'admin', method: 'PUT', origin: 'https://evil.example' })).status).toBe(403)
    expect((await call(path, { as: 'admin', method: 'PUT' })).status).toBe(403)
    expect((await call(path, { as: 'coordinator', method: 'PUT', origin: BASE })).status).toBe(403)
    expect((await call(path, { as: 'admin', method: 'PUT', origin: BASE })).status).toBeLessThan(300)
  })
})
