import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Queue, Worker, type Job } from 'bullmq'
import { createLocalReq, type Payload } from 'payload'
import type { OutboxEventJob } from '../../src/outbox/event-job'
import { bootPayload } from '../helpers/boot'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { sleep, waitFor } from '../helpers/wait'

let env: TestEnv
let payload: Payload
let events: Queue

const statusOf = async (eventId: string) =>
  (await payload.find({ collection: 'outbox-events', where: { eventId: { equals: eventId } }, overrideAccess: true, depth: 0 })).docs[0]?.status

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  const { createRedisConnection } = await import('../../src/lib/redis')
  events = new Queue('events', { connection: createRedisConnection('producer'), prefix: env.queuePrefix })
})

afterAll(async () => {
  const { closeOutboxWakePublisher } = await import('../../src/outbox/wake')
  closeOutboxWakePublisher()
  await events?.close()
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
  await payload?.destroy()
})

/** Writes an outbox event in a transaction of its own, committed or rolled back. */
async function commitEvent(aggregateId: string, outcome: 'commit' | 'rollback'): Promise<string> {
  const { writeOutboxEvent } = await import('../../src/outbox/write-event')
  const { inTransaction } = await import('../../src/lib/transaction')
  const req = await createLocalReq({}, payload)
  let eventId = ''
  await inTransaction(req, async () => {
    eventId = await writeOutboxEvent(req, { type: 'test.event', aggregate: 'test', aggregateId, data: { n: 1 } })
    if (outcome === 'rollback') throw new Error('rolled back on purpose')
  }).catch((error: Error) => {
    if (outcome === 'commit') throw error
  })
  return eventId
}

describe('the hand-over after commit (no relay running)', () => {
  it('adds the committed event’s job to the events queue itself, with the relay’s job id and data', async () => {
    const eventId = await commitEvent('aggregate-1', 'commit')
    const job = await waitFor('the event job', () => events.getJob(`evt-${eventId}`), 5000)
    expect(job.name).toBe('test.event')
    expect(job.data).toMatchObject({ eventId, type: 'test.event', aggregate: 'test', aggregateId: 'aggregate-1', data: { n: 1 } })
    // Marking it published stays the relay's work: the outbox row is still pending, so the relay will sweep it.
    expect(await statusOf(eventId)).toBe('pending')
  })

  it('adds nothing for a transaction that rolls back', async () => {
    const eventId = await commitEvent('aggregate-2', 'rollback')
    expect(eventId).not.toBe('')
    const control = await commitEvent('aggregate-2', 'commit')
    // The control event, committed after it, is in the queue: the rolled-back one would be by now.
    await waitFor('the control job', () => events.getJob(`evt-${control}`), 5000)
    expect(await events.getJob(`evt-${eventId}`)).toBeUndefined()
    expect(await statusOf(eventId)).toBeUndefined()
  })
})

describe('a file’s events take effect in commit order, whatever order their jobs arrive in', () => {
  it('holds back a job whose older event of the same aggregate has not run, without using an attempt', async () => {
    const { waitForOlderEvents } = await import('../../jobs/shared/event-order')
    const insert = async (eventId: string, aggregateId: string, occurredAt: string) =>
      payload.db.create({
        collection: 'outbox-events',
        data: { eventId, type: 'test.order', aggregate: 'test', aggregateId, data: {}, status: 'pending', occurredAt },
      })
    const t0 = Date.now()
    const at = (ms: number) => new Date(t0 + ms).toISOString()
    await insert('order-a', 'file-x', at(0))
    await insert('order-c', 'file-y', at(1))
    await insert('order-b', 'file-x', at(5))
    const jobOf = (eventId: string, occurredAt: string, aggregateId: string) => ({
      name: 'test.order',
      data: { eventId, type: 'test.order', aggregate: 'test', aggregateId, data: {}, occurredAt } satisfies OutboxEventJob,
      opts: { jobId: `evt-${eventId}` },
    })

    const ran: string[] = []
    const worker = new Worker(
      'events',
      async (job: Job<OutboxEventJob>, token?: string) => {
        // The hand-over tests' jobs are in this queue too.
        if (job.name !== 'test.order') return
        await waitForOlderEvents(payload, job, events, token)
        ran.push(job.data.eventId)
      },
      { connection: (await import('../../src/lib/redis')).createRedisConnection('worker'), prefix: env.queuePrefix, concurrency: 1 },
    )
    try {
      // The newer event of file-x, and another file's event, reach the queue first.
      const b = jobOf('order-b', at(5), 'file-x')
      const c = jobOf('order-c', at(1), 'file-y')
      await events.add(b.name, b.data, b.opts)
      await events.add(c.name, c.data, c.opts)
      await waitFor('the other file’s event to run', () => ran.includes('order-c'), 5000)
      await sleep(300)
      // Held back while its older event is not in the queue.
      expect(ran).toEqual(['order-c'])
      // It comes back every HOLD_BACK_MS to look again: delayed, waiting or active, never completed.
      expect(['delayed', 'waiting', 'active']).toContain(await events.getJobState('evt-order-b'))
      expect((await events.getJob('evt-order-b'))?.attemptsStarted).toBeGreaterThanOrEqual(2)

      const a = jobOf('order-a', at(0), 'file-x')
      await events.add(a.name, a.data, a.opts)
      await waitFor('both events of file-x to run', () => ran.length === 3, 5000)
      expect(ran).toEqual(['order-c', 'order-a', 'order-b'])
      const held = await events.getJob('evt-order-b')
      // Started more than once, but only its run counts as an attempt (the hold-back uses none of the retries).
      expect(held?.attemptsStarted).toBeGreaterThanOrEqual(2)
      expect(held?.attemptsMade).toBe(1)
      expect(await held?.getState()).toBe('completed')
    } finally {
      await worker.close()
    }
  })
})
