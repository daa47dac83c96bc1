import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Queue } from 'bullmq'
import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailDelivery, MailRequest } from '../../jobs/shared/mail-request'
import type { MailCatcher, MailCatcherOptions } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { settle } from '../helpers/pipeline'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { sleep, waitFor } from '../helpers/wait'

let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime
let world: FileWorld
let catcher: MailCatcher | undefined

/** The SMTP server on loopback, (re)started with the given options; its mailbox starts empty. */
const smtpUp = async (options: Partial<MailCatcherOptions> = {}): Promise<MailCatcher> => {
  await smtpDown()
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  catcher = await startMailCatcher({ port: env.smtpPort, ...options })
  return catcher
}
const smtpDown = async () => {
  await catcher?.close()
  catcher = undefined
}

const requestMail = async (request: MailRequest) => (await import('../../jobs/shared/request-mail')).requestMail(runtime.queues, request)

const rows = async (where: Record<string, unknown>) =>
  (await payload.find({ collection: 'notifications', where: where as never, pagination: false, depth: 0, overrideAccess: true })).docs

const kit = (i: number, addresses: string[], key = `batch-${i}`): MailRequest => ({
  kind: 'campaign.kit',
  idempotencyKey: key,
  addresses: addresses.map((address) => ({ address })),
  data: { campaignName: `Campagne ${i}`, link: 'http://localhost:3000/kit' },
})

const BATCH_KEYS = Array.from({ length: 20 }, (_, i) => `batch-${i}`)

const mailsTo = (smtp: MailCatcher, address: string) => smtp.mails.filter((m) => m.to.includes(address))

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(payload)
  world = await createFileWorld(payload, new Date())
})

afterAll(async () => {
  await runtime?.close(2000)
  await smtpDown()
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('the mail queue against a real SMTP server', () => {
  it('delivers every message of a batch exactly once when the SMTP server was down, then back', async () => {
    await smtpDown()
    const people = ['ana', 'leo', 'sam'].map((n) => `${n}@batch.example.org`)
    await Promise.all(Array.from({ length: 20 }, (_, i) => requestMail(kit(i, people))))
    // Every delivery is logged and has failed its first attempt while nothing listens.
    await waitFor('60 first attempts to fail', async () => {
      const logged = await rows({ requestKey: { in: BATCH_KEYS } })
      return logged.length === 60 && logged.every((r) => r.attempts >= 1 && r.status === 'queued' && r.lastError)
    }, 30000)

    const smtp = await smtpUp()
    await waitFor('the 60 messages', () => smtp.mails.length >= 60, 60000)
    await sleep(1500) // room for a wrongly scheduled duplicate to show up
    expect(smtp.mails).toHaveLength(60)
    const pairs = new Set(smtp.mails.map((m) => `${m.to.join(',')}|${m.subject}`))
    expect(pairs.size).toBe(60)
    for (const address of people) expect(mailsTo(smtp, address)).toHaveLength(20)
    const logged = await rows({ requestKey: { in: BATCH_KEYS } })
    expect(logged.every((r) => r.status === 'sent' && r.attempts >= 2 && r.sentAt && r.messageId)).toBe(true)
  })

  it('sends one mail for a request made twice, replayed after its jobs are gone, or whose job is retried', async () => {
    const smtp = await smtpUp()
    const address = 'twice@dup.example.org'
    const request = kit(100, [address], 'dup-request')
    // The duplicated event: the same request, twice, at the same time.
    await Promise.all([requestMail(request), requestMail(request)])
    await settle(payload, runtime)
    await waitFor('the mail', () => mailsTo(smtp, address).length === 1)

    // Replayed once BullMQ has forgotten the jobs (retention): the log's `sent` row still stops it.
    const mailJobId = `mail-dup-request-${address}`
    await runtime.queues.notify.remove('notify-dup-request')
    await runtime.queues.mail.remove(mailJobId)
    await requestMail(request)
    await waitFor('the replayed delivery', async () => (await runtime.queues.mail.getJob(mailJobId))?.returnvalue === 'already-sent')

    // A retried job (from a dashboard, or after a crash between sending and completing).
    const job = await runtime.queues.mail.getJob(mailJobId)
    const finishedOn = job!.finishedOn
    await job!.retry('completed')
    await waitFor('the retried job to complete again', async () => {
      const again = await runtime.queues.mail.getJob(mailJobId)
      return again?.finishedOn !== finishedOn && (await again?.getState()) === 'completed' ? again : undefined
    })
    await sleep(500)
    expect(mailsTo(smtp, address)).toHaveLength(1)
    const [row] = await rows({ recipientEmail: { equals: address } })
    expect(row).toMatchObject({ status: 'sent', attempts: 1, requestKey: 'dup-request' })
  })

  it('fails a refused recipient at once, with the server’s error, and still delivers the others', async () => {
    const refused = 'nobody@refuse.example.org'
    const smtp = await smtpUp({ rejectRecipients: [refused] })
    await requestMail(kit(200, [refused, 'someone@refuse.example.org'], 'refusal'))
    await waitFor('the accepted mail', () => mailsTo(smtp, 'someone@refuse.example.org').length === 1)
    const row = await waitFor('the refused delivery to fail', async () => (await rows({ recipientEmail: { equals: refused } })).find((r) => r.status === 'failed'))
    // A 5xx is not retried: one attempt, then failed.
    expect(row.attempts).toBe(1)
    expect(row.lastError).toMatch(/550/)
    expect(row.lastAttemptAt).toBeTruthy()
    expect(await (await runtime.queues.mail.getJob(`mail-refusal-${refused}`))?.getState()).toBe('failed')
  })

  it('marks a delivery failed, with its last error, after its last attempt', async () => {
    await smtpDown()
    const { renderEmail } = await import('../../src/email')
    const address = 'late@down.example.org'
    const delivery: MailDelivery = {
      idempotencyKey: 'low-attempts',
      requestKey: 'low-attempts',
      kind: 'campaign.kit',
      to: { address },
      language: 'fr',
      ...renderEmail('campaign.kit', 'fr', { campaignName: 'Campagne courte', link: 'http://localhost:3000/kit' }),
    }
    // Two attempts a moment apart instead of the production ten over a quarter of an hour.
    await runtime.queues.mail.add(delivery.kind, delivery, { jobId: 'mail-low-attempts', attempts: 2, backoff: { type: 'fixed', delay: 200 } })
    const row = await waitFor('the last attempt to fail', async () => (await rows({ idempotencyKey: { equals: 'low-attempts' } })).find((r) => r.status === 'failed'))
    expect(row.attempts).toBe(2)
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i)
  })

  it('logs a request that cannot be rendered as failed, with the missing fact, instead of retrying it', async () => {
    const address = 'broken@render.example.org'
    await requestMail({ kind: 'campaign.kit', idempotencyKey: 'unrenderable', addresses: [{ address }] })
    await settle(payload, runtime)
    const [row] = await rows({ recipientEmail: { equals: address } })
    expect(row).toMatchObject({ status: 'failed', attempts: 0, kind: 'campaign.kit' })
    expect(row.lastError).toMatch(/missing required facts? "campaignName"/)
    expect(await (await runtime.queues.notify.getJob('notify-unrenderable'))?.getState()).toBe('completed')
  })

  it('digests the day’s failures for the coordinators once a day, and skips a day without any', async () => {
    const { runFailureDigest, startFailureDigest, FAILURE_DIGEST } = await import('../../jobs/definitions/failure-digest')
    const smtp = await smtpUp()
    const outcome = await runFailureDigest(payload, runtime.queues)
    expect(outcome.failures).toBe(3)
    // Run again the same day (a retried digest job): the same request, so one mail.
    expect((await runFailureDigest(payload, runtime.queues)).requested).toEqual(outcome.requested)
    await settle(payload, runtime)
    const digests = await waitFor('the digest', () => {
      const found = mailsTo(smtp, world.users.coordinator.email)
      return found.length ? found : undefined
    })
    await sleep(500)
    expect(mailsTo(smtp, world.users.coordinator.email)).toHaveLength(1)
    const text = (await simpleParser(digests[0].raw)).text ?? ''
    expect(text).toContain('nobody@refuse.example.org')
    expect(text).toContain('late@down.example.org')
    expect(text).toMatch(/550/)
    expect(text).toContain('broken@render.example.org')

    // Two days later, nothing failed in the last 24 h: no digest.
    expect(await runFailureDigest(payload, runtime.queues, new Date(Date.now() + 2 * 86_400_000))).toEqual({ failures: 0 })

    // One scheduler, every morning at 07:30 Paris time, however many workers registered it.
    const { createRedisConnection } = await import('../../src/lib/redis')
    const connection = createRedisConnection('worker')
    const extra = await startFailureDigest(payload, runtime.queues, { connection, prefix: env.queuePrefix })
    await extra.close()
    const queue = new Queue(FAILURE_DIGEST.queue, { connection, prefix: env.queuePrefix })
    try {
      expect(await queue.getJobSchedulersCount()).toBe(1)
      expect(await queue.getJobScheduler(FAILURE_DIGEST.scheduler)).toMatchObject({ pattern: '30 7 * * *', tz: 'Europe/Paris' })
      expect(await queue.getDelayedCount()).toBe(1)
    } finally {
      await queue.close()
      connection.disconnect()
    }
  })
})
