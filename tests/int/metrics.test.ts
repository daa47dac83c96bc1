import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { settle } from '../helpers/pipeline'
import { restCall, restRequest } from '../helpers/rest'
import { useTestEnv, type TestEnv } from '../helpers/test-env'

const TOKEN = 'scraper-token-0123456789'
const admin = { email: 'admin-metrics@essaim.test', password: 'metrics-admin-pw' }
const coordinator = { email: 'coord-metrics@essaim.test', password: 'metrics-coord-pw' }

/** The value of one sample, found by its name and labels in Prometheus text (undefined when absent). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line)
    if (!match || match[1] !== name) continue
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]))
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) return Number(match[3])
  }
  return undefined
}

/** /api/metrics: what the queues, the outbox, the mails and the processes do, as Prometheus reads it. */
describe('metrics', () => {
  let env: TestEnv
  let payload: Payload
  let catcher: MailCatcher
  let runtime: WorkerRuntime

  beforeAll(async () => {
    env = await useTestEnv({ METRICS_TOKEN: TOKEN })
    payload = await bootPayload()
    const { startMailCatcher } = await import('../../src/lib/mail-catcher')
    catcher = await startMailCatcher({ port: env.smtpPort })
    const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
    runtime = await startWorkerRuntime(payload)
    // Two accounts: each sends a welcome mail through events → notify → mail.
    await payload.create({ collection: 'users', overrideAccess: true, data: { ...admin, name: 'Admin', role: 'admin', language: 'fr' } })
    await payload.create({ collection: 'users', overrideAccess: true, data: { ...coordinator, name: 'Coord', role: 'coordinator', language: 'fr' } })
    await settle(payload, runtime)
  })
  afterAll(async () => {
    await runtime?.close()
    await catcher?.close()
    await payload.destroy()
  })

  it('is refused to anonymous readers, coordinators and a wrong token', async () => {
    expect((await restCall(payload, { path: '/metrics' })).status).toBe(403)
    expect((await restCall(payload, { path: '/metrics', login: coordinator })).status).toBe(403)
    const wrong = await restRequest(payload, { path: '/metrics', contentType: 'text/plain' })
    expect(wrong.status).toBe(403)
  })

  it('serves queues, jobs, mails, the outbox and both kinds of process to an admin and to the scraper token', async () => {
    const { recordHttp } = await import('../../src/ops/metrics')
    recordHttp('GET', 'http://localhost:3000/api/funding-files/0b0f4b8e-6f2f-4a8e-9d53-1f3c1d2e3a4b/moves', 200)
    const asAdmin = await restCall(payload, { path: '/metrics', login: admin })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.contentType).toContain('text/plain')
    const { handleEndpoints } = await import('payload')
    const scraped = await handleEndpoints({ config: payload.config, request: new Request('http://localhost:3000/api/metrics', { headers: { Authorization: `Bearer ${TOKEN}` } }) })
    expect(scraped.status).toBe(200)
    const text = await scraped.text()

    // Every line is blank (between families), a comment or a well-formed sample.
    for (const line of text.trim().split('\n').filter(Boolean)) expect(line).toMatch(/^(# (HELP|TYPE) \S+ .+|[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})? -?[0-9.e+-]+|[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})? (NaN|\+Inf|-Inf))$/)
    for (const queue of ['events', 'timers', 'notify', 'mail', 'campaign', 'reports']) {
      for (const state of ['waiting', 'active', 'delayed', 'failed']) expect(sample(text, 'essaim_queue_jobs', { queue, state })).toBeDefined()
      expect(sample(text, 'essaim_queue_oldest_waiting_age_seconds', { queue })).toBe(0)
    }
    expect(sample(text, 'essaim_mails_total', { kind: 'user.welcome', outcome: 'sent' })).toBe(2)
    expect(sample(text, 'essaim_job_duration_seconds_count', { queue: 'mail' })).toBe(2)
    expect(sample(text, 'essaim_job_duration_seconds_bucket', { queue: 'mail', le: '+Inf' })).toBe(2)
    expect(sample(text, 'essaim_jobs_finished_total', { queue: 'events', outcome: 'completed' })).toBeGreaterThanOrEqual(2)
    expect(sample(text, 'essaim_outbox_pending')).toBe(0)
    expect(sample(text, 'essaim_outbox_lag_seconds')).toBe(0)
    expect(sample(text, 'essaim_worker_resident_memory_bytes')).toBeGreaterThan(0)
    expect(sample(text, 'process_resident_memory_bytes', { process: 'web' })).toBeGreaterThan(0)
    expect(sample(text, 'essaim_http_requests_total', { method: 'GET', route: '/api/funding-files/:id/moves', status: '200' })).toBe(1)
  })
})
