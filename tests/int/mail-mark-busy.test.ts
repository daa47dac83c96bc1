import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient, type Client, type Transaction } from '@libsql/client'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { settle } from '../helpers/pipeline'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { sleep, waitFor } from '../helpers/wait'

/** A write waits this long for the other process's lock before it fails (short, so the test is too). */
const LOCK_WAIT_MS = 300
/** How long the "other process" holds the write lock once the SMTP server has the message: past several waits. */
const HOLD_MS = 2500

let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime
let catcher: MailCatcher
/** Another connection to the same SQLite file: the web process, busy writing. */
let other: Client
let held: Promise<Transaction> | undefined

beforeAll(async () => {
  env = await useTestEnv({ SQLITE_LOCK_WAIT_MS: String(LOCK_WAIT_MS) })
  payload = await bootPayload()
  other = createClient({ url: `file:${env.databaseFile}` })
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  catcher = await startMailCatcher({
    port: env.smtpPort,
    // The message is in; before the server answers, the other process takes the write lock (BEGIN IMMEDIATE runs
    // as the call is made) and keeps it while the mail job tries to record the message as sent.
    onMail: () => {
      if (held) return
      held = other.transaction('write')
      setTimeout(() => void held!.then((tx) => tx.rollback()), HOLD_MS)
    },
  })
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(payload)
})

afterAll(async () => {
  await runtime?.close(2000)
  await catcher?.close()
  other?.close()
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('a sent message the database cannot record at once', () => {
  it('is recorded once the lock is free, and never sent a second time', async () => {
    const { requestMail } = await import('../../jobs/shared/request-mail')
    await requestMail(runtime.queues, {
      kind: 'campaign.kit',
      idempotencyKey: 'busy-mark',
      addresses: [{ address: 'lea@structure.example.org' }],
      data: { campaignName: 'Campagne test', link: 'http://localhost:3000/kit' },
    })
    await waitFor('the message at the SMTP server', () => catcher.mails.length > 0, 10_000)
    expect(held).toBeDefined()
    const row = async () =>
      (await payload.find({ collection: 'notifications', where: { idempotencyKey: { contains: 'busy-mark' } }, depth: 0, overrideAccess: true })).docs[0]
    await waitFor('the delivery recorded as sent', async () => (await row())?.status === 'sent', 20_000, 100)
    await settle(payload, runtime, 20_000)
    // Long enough for a retried job (the mail queue's first backoff is 2 s) to have sent it again.
    await sleep(3000)
    expect(catcher.mails.filter((m) => m.to.includes('lea@structure.example.org'))).toHaveLength(1)
    expect((await row()).attempts).toBe(1)
    const failed = await runtime.queues.mail.getJobs(['failed', 'delayed', 'waiting'])
    expect(failed).toHaveLength(0)
  })
})
