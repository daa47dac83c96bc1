import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Queue } from 'bullmq'
import type { Payload } from 'payload'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { sleep, waitFor } from '../helpers/wait'

const root = path.resolve(import.meta.dirname, '../..')
let env: TestEnv
let payload: Payload
let catcher: MailCatcher
let worker: ChildProcess | undefined
let output = ''

/** The real worker process (`npm run worker`), on this test file's database, Redis prefix and SMTP port. */
async function startWorkerProcess(extraEnv: Record<string, string>): Promise<ChildProcess> {
  output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // Known to afterAll from its spawn: a test that times out while the worker boots must not leave it running.
  worker = child
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await waitFor('the worker to be ready', () => output.includes('worker ready'), 60000, 100)
  return child
}

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  // A slow relay: each message takes 2.5 s to be accepted, so the job is still running when the worker is told to stop.
  catcher = await startMailCatcher({ port: env.smtpPort, acceptDelayMs: 2500 })
})

afterAll(async () => {
  if (worker && worker.exitCode === null) worker.kill('SIGKILL')
  await catcher?.close()
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('worker process shutdown', () => {
  it('finishes the running job on SIGTERM, then exits within the bound', async () => {
    worker = await startWorkerProcess({ WORKER_SHUTDOWN_TIMEOUT_MS: '10000' })
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'lou@example.org', password: 'motdepasse-1', name: 'Lou Blanc', role: 'editor', language: 'fr' },
    })
    // Stop while the mail job is running (the SMTP server is still holding the message).
    const mailQueue = new Queue('mail', { connection: { url: env.redisUrl }, prefix: env.queuePrefix })
    await waitFor('the mail job to start', async () => (await mailQueue.getActiveCount()) > 0)
    await mailQueue.close()
    await sleep(300)
    const stoppedAt = Date.now()
    const exited = new Promise<number | null>((resolve) => worker!.once('exit', (code) => resolve(code)))
    worker.kill('SIGTERM')
    const code = await exited
    const tookMs = Date.now() - stoppedAt
    expect(code).toBe(0)
    expect(tookMs).toBeLessThan(12000)
    expect(output).toContain('stopping')
    // The logger's line, JSON or pretty: the message and its field.
    expect(output).toMatch(/stopped.*"forced":\s?false/)
    expect(catcher.mails.filter((m) => m.to.includes('lou@example.org'))).toHaveLength(1)
    const { docs } = await payload.find({ collection: 'notifications', where: { recipientEmail: { equals: 'lou@example.org' } }, overrideAccess: true })
    expect(docs[0]).toMatchObject({ status: 'sent', attempts: 1 })
    // A worker process boots, takes a job and stops: on a loaded machine that took 67 s, past jest's 60 s default.
  }, 180_000)
})
