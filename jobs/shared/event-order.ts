import { DelayedError, type Job, type Queue } from 'bullmq'
import type { Payload } from 'payload'
import type { OutboxEventJob } from '../../src/outbox/event-job'
import type { OutboxEvent } from '../../src/payload-types'

/**
 * How far back older events of the same aggregate are looked at. Jobs reach the queue out of commit order only in
 * a short race (one process's hand-over failing or stalling while another's later one goes through, until the
 * relay's next round); a window of minutes covers it many times over.
 */
const LOOK_BACK_MS = 10 * 60_000
/** How soon an event held back for an older one is tried again. */
const HOLD_BACK_MS = 100
/** An older event in one of these states has had its effect, or never will (failed for good): nothing to wait for. */
const SETTLED = new Set<string>(['completed', 'failed'])

/** The ids of events of the same aggregate committed shortly before this one whose jobs have not run yet. */
export async function olderEventsNotRun(payload: Payload, queue: Queue, event: OutboxEventJob): Promise<string[]> {
  const since = new Date(new Date(event.occurredAt).getTime() - LOOK_BACK_MS).toISOString()
  const older = await payload.db.find<OutboxEvent>({
    collection: 'outbox-events',
    where: {
      and: [
        { aggregateId: { equals: event.aggregateId } },
        { occurredAt: { less_than: event.occurredAt } },
        { occurredAt: { greater_than_equal: since } },
      ],
    },
    sort: 'occurredAt',
    limit: 50,
    pagination: false,
  })
  const notRun: string[] = []
  for (const { eventId } of older.docs) {
    if (!SETTLED.has(await queue.getJobState(`evt-${eventId}`))) notRun.push(eventId)
  }
  return notRun
}

/**
 * A file's events must take effect in commit order (a cancel must not overtake the schedule it cancels). The events
 * worker runs one job at a time, so the queue's order is the order of effect; but since the committing process
 * adds its event's job itself (src/outbox/wake.ts), a job can reach the queue before an older one of the same file.
 * Such a job goes back to the queue for a moment, behind the older one, without using up an attempt.
 */
export async function waitForOlderEvents(payload: Payload, job: Job<OutboxEventJob>, queue: Queue, token: string | undefined): Promise<void> {
  if (!token) return
  if ((await olderEventsNotRun(payload, queue, job.data)).length === 0) return
  await job.moveToDelayed(Date.now() + HOLD_BACK_MS, token)
  throw new DelayedError()
}
