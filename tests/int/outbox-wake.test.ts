/**
 * The cross-process wake-up of the outbox relay: a commit in one Payload (the "web" process) PUBLISHes on Redis,
 * and the relay of another Payload with its own Redis connections (the "worker") publishes the event at once,
 * although its poll interval is ten minutes. Two Payload instances on one SQLite file, as two processes would be.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Redis } from 'ioredis'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { settle } from '../helpers/pipeline'
import { startPrivateRedis, type PrivateRedis } from '../helpers/private-redis'
import { createCompleteFile } from './outbox-fixtures'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { waitFor } from '../helpers/wait'

/** Far beyond anything the test waits for: whatever is published in time was woken, not polled. */
const POLL_MS = 600_000
/** How long a woken relay may take here (a busy shared machine), still far below the poll. */
const WOKEN_WITHIN_MS = 15_000

let env: TestEnv
let redis: PrivateRedis
let web: Payload
let worker: Payload
let runtime: WorkerRuntime
let catcher: MailCatcher
let world: FileWorld
let spy: Redis
type Move = typeof import('../../collections/funding-files/move-service').moveFundingFile
let moveFundingFile: Move

/** What the worker's Payload sees of the file's outbox events (another SQLite connection than the web's). */
const eventsOf = async (fileId: string) =>
  (
    await worker.find({
      collection: 'outbox-events',
      where: { aggregateId: { equals: fileId } },
      sort: '-occurredAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  redis = await startPrivateRedis()
  env = await useTestEnv({ REDIS_URL: redis.url })
  web = await bootPayload()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config')
  worker = await getPayload({ config, key: 'worker' })
  ;({ moveFundingFile } = await import('../../collections/funding-files/move-service'))
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  catcher = await startMailCatcher({ port: env.smtpPort })
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(worker, { relayPollMs: POLL_MS })
  world = await createFileWorld(web, new Date(), 60)
  await settle(worker, runtime, 30_000)
  const { outboxWakeChannel } = await import('../../src/outbox/wake')
  spy = new Redis(redis.url)
  await spy.subscribe(outboxWakeChannel(env.queuePrefix))
}, 120_000)

afterAll(async () => {
  spy?.disconnect()
  await runtime?.close(2000)
  await catcher?.close()
  await redis?.stop()
})

describe('the relay woken across processes', () => {
  let fileId: string
  let coordinator: unknown

  it('publishes an event committed by the other Payload at once, and the wake-up comes after the commit', async () => {
    expect(web).not.toBe(worker)
    fileId = await createCompleteFile(web, world)
    // Published well before the poll: the creation's own event was woken too.
    await waitFor('the creation event published', async () => (await eventsOf(fileId)).every((e) => e.status === 'published'), WOKEN_WITHIN_MS)
    await web.update({ collection: 'funding-files', id: fileId, overrideAccess: true, data: { requestedTrainees: 11 } as never })
    await waitFor('the automatic move published', async () => (await eventsOf(fileId)).every((e) => e.status === 'published'), WOKEN_WITHIN_MS)
    const before = (await eventsOf(fileId)).length

    // Each wake-up the spy hears after the move starts: how many of the file's events the worker could read then.
    const visibleAtWake: number[] = []
    spy.on('message', () => {
      void eventsOf(fileId).then((events) => visibleAtWake.push(events.length))
    })
    coordinator = await web.findByID({ collection: 'users', id: world.users.coordinator.id, overrideAccess: true })
    const startedAt = Date.now()
    await moveFundingFile(web, { id: fileId, kind: 'transition', to: 'submitted', input: { opcoRef: 'OPCO-WAKE-1' }, user: coordinator as never })

    const [moved] = await eventsOf(fileId)
    expect((moved.data as { to?: string }).to).toBe('submitted')
    const job = await waitFor('the event job in BullMQ', () => runtime.queues.events.getJob(`evt-${moved.eventId}`), WOKEN_WITHIN_MS)
    expect(job.data.aggregateId).toBe(fileId)
    expect(Date.now() - startedAt).toBeLessThan(WOKEN_WITHIN_MS)
    await waitFor('the event marked published', async () => (await eventsOf(fileId))[0].status === 'published', WOKEN_WITHIN_MS)
    // The wake-up was published after the commit: the worker's own connection already saw the new event.
    await waitFor('the spy to read the outbox', () => visibleAtWake.length > 0, WOKEN_WITHIN_MS)
    expect(visibleAtWake[0]).toBe(before + 1)
    spy.removeAllListeners('message')
  })

  it('commits while Redis is down, and publishes once Redis is back, without waiting for the poll', async () => {
    await settle(worker, runtime, 30_000)
    await redis.stop()
    // The web's commit neither fails nor hangs for want of Redis: the wake-up is only lost.
    const startedAt = Date.now()
    await moveFundingFile(web, { id: fileId, kind: 'transition', to: 'info_requested', user: coordinator as never })
    expect(Date.now() - startedAt).toBeLessThan(10_000)
    const [pending] = await eventsOf(fileId)
    expect((pending.data as { to?: string }).to).toBe('info_requested')
    expect(pending.status).toBe('pending')

    await redis.start()
    // The relay's subscriber reconnects and subscribes again by itself; that wakes the relay.
    await waitFor('the event published after the outage', async () => (await eventsOf(fileId))[0].status === 'published', 30_000, 100)
    expect(await runtime.queues.events.getJob(`evt-${pending.eventId}`)).toBeTruthy()
  })
})
