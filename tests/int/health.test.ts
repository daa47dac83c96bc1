import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { restCall } from '../helpers/rest'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { waitFor } from '../helpers/wait'

/** /api/health answers while the process lives; /api/health/ready names each dependency that fails. */
describe('health and readiness', () => {
  let env: TestEnv
  let payload: Payload
  let catcher: MailCatcher | undefined
  let runtime: WorkerRuntime | undefined

  beforeAll(async () => {
    env = await useTestEnv()
    payload = await bootPayload()
  })
  afterAll(async () => {
    await runtime?.close()
    await catcher?.close()
    await payload.destroy()
  })

  const ready = () => restCall(payload, { path: '/health/ready' })

  it('answers liveness without touching any dependency', async () => {
    const { status, json } = await restCall(payload, { path: '/health' })
    expect(status).toBe(200)
    expect(json.status).toBe('ok')
  })

  it('is not ready while the SMTP relay and the worker are missing, and says which', async () => {
    const { status, json } = await ready()
    expect(status).toBe(503)
    expect((json.failing as string[]).sort()).toEqual(['smtp', 'worker'])
    const checks = json.checks as Record<string, { ok: boolean; detail: string }>
    expect(checks.database.ok).toBe(true)
    expect(checks.redis.ok).toBe(true)
    expect(checks.migrations.ok).toBe(true)
    expect(checks.smtp.detail).toContain(String(env.smtpPort))
    expect(checks.worker.detail).toMatch(/no worker/)
  })

  it('is ready once the relay greets and a worker beats', async () => {
    const { startMailCatcher } = await import('../../src/lib/mail-catcher')
    catcher = await startMailCatcher({ port: env.smtpPort })
    const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
    runtime = await startWorkerRuntime(payload)
    const { status, json } = await ready()
    expect(json.failing).toEqual([])
    expect(status).toBe(200)
  })

  it('reports the worker gone once it stops (its heartbeat is withdrawn)', async () => {
    await runtime?.close()
    runtime = undefined
    await waitFor('readiness to see no worker', async () => (await ready()).status === 503, 5000)
    const { json } = await ready()
    expect(json.failing).toEqual(['worker'])
  })
})
