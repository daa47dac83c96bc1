import { Queue, QueueEvents } from 'bullmq'
import type { Payload } from 'payload'
import { QUEUE_NAMES } from '../../../jobs/plumbing/queues'
import { listenForErrors } from '../../../src/lib/error-listener'
import { bootPayload } from '../../helpers/boot'
import { createFileWorld, type FileWorld } from '../../helpers/fixtures'
import { startPrivateRedis, type PrivateRedis } from '../../helpers/private-redis'
import { useTestEnv, type TestEnv } from '../../helpers/test-env'
import { startFlakySmtp, type FlakySmtp } from './flaky-smtp'
import { stopAll, type WorkerProcess } from './worker-processes'

type MoveFn = typeof import('../../../collections/funding-files/move-service').moveFundingFile

/**
 * The parts of a fault scenario: a Redis of its own (AOF on), the test's SQLite file with Payload booted on it in this
 * process (it makes moves as the web process does, handing events over after commit), a flaky SMTP server, one
 * world of users/structures/session, and the queues to observe. Worker processes are started by the scenario.
 */
export interface Scene {
  redis: PrivateRedis
  env: TestEnv
  payload: Payload
  smtp: FlakySmtp
  world: FileWorld
  move: MoveFn
  queues: Record<'events' | 'notify' | 'mail' | 'timers', Queue>
  /** Jobs found stalled (their worker gone) and put back, per queue, as BullMQ reports them. */
  stalled: Record<string, number>
  workers: WorkerProcess[]
  close(): Promise<void>
}

export async function openScene(options: { acceptDelayMs?: number; env?: Record<string, string> } = {}): Promise<Scene> {
  const redis = await startPrivateRedis()
  const env = await useTestEnv({ REDIS_URL: redis.url, ...options.env })
  const payload = await bootPayload()
  const { moveFundingFile } = await import('../../../collections/funding-files/move-service')
  const smtp = await startFlakySmtp(env.smtpPort, { acceptDelayMs: options.acceptDelayMs })
  const world = await createFileWorld(payload, new Date(), 60)
  const connection = { url: redis.url }
  const names = ['events', 'notify', 'mail', 'timers'] as const
  const queues = Object.fromEntries(
    names.map((n) => [n, listenForErrors(new Queue(QUEUE_NAMES[n], { connection, prefix: env.queuePrefix }), `fault scene queue ${n}`)]),
  ) as Scene['queues']
  const stalled: Record<string, number> = {}
  const watchers = names.map((n) => {
    const events = listenForErrors(new QueueEvents(QUEUE_NAMES[n], { connection, prefix: env.queuePrefix }), `fault scene events ${n}`)
    events.on('stalled', () => (stalled[n] = (stalled[n] ?? 0) + 1))
    return events
  })
  const scene: Scene = {
    redis,
    env,
    payload,
    smtp,
    world,
    move: moveFundingFile,
    queues,
    stalled,
    workers: [],
    async close() {
      await stopAll(scene.workers)
      await Promise.all([...Object.values(queues), ...watchers].map((q) => q.close().catch(() => undefined)))
      await smtp.close()
      await redis.stop()
    },
  }
  await Promise.all(watchers.map((w) => w.waitUntilReady()))
  return scene
}

/** Jobs not yet done in the queues that carry a move's effects, due timers included (delayed ones are the future). */
export async function backlog(scene: Scene): Promise<number> {
  let total = 0
  for (const name of ['events', 'notify', 'mail'] as const) {
    const c = await scene.queues[name].getJobCounts('waiting', 'active', 'delayed', 'prioritized')
    total += c.waiting + c.active + c.delayed + c.prioritized
  }
  const due = await scene.queues.timers.getJobCounts('waiting', 'active', 'prioritized')
  total += due.waiting + due.active + due.prioritized
  const pending = await scene.payload.count({ collection: 'outbox-events', where: { status: { equals: 'pending' } }, overrideAccess: true })
  return total + pending.totalDocs
}

/** Runs `work` over `items`, `width` at a time (the web process serves several people at once). */
export async function inParallel<T, R>(items: T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await work(items[index], index)
      }
    }),
  )
  return results
}
