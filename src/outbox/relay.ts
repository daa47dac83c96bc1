import type { Payload } from 'payload'
import type { Queue } from 'bullmq'
import type { Logger } from '../lib/logger'

/** Past this age, a pending event means publishing is stuck: say it in the worker's log. */
const LAG_WARNING_MS = 30_000

export interface RelayOptions {
  payload: Payload
  queue: Queue
  logger: Logger
  pollMs: number
  batchSize?: number
}

export interface OutboxEventJob {
  eventId: string
  type: string
  aggregate: string
  aggregateId: string
  data: Record<string, unknown>
  occurredAt: string
}

/**
 * Moves committed outbox events to BullMQ. Publishing is idempotent (`jobId = evt-<eventId>`), so two relays, or a
 * crash between `add` and the `published` mark, at worst re-add an id BullMQ already holds: never a lost event,
 * never a second run while the job is retained. No claim step is needed for that reason.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private stopped = true
  private wakeRequested = false
  private lastLag = 0

  constructor(private readonly options: RelayOptions) {}

  start(): void {
    this.stopped = false
    this.schedule(0)
  }

  /** Ask for a round now (e.g. after a local commit) instead of waiting for the poll tick. */
  wake(): void {
    if (this.stopped) return
    if (this.running) {
      this.wakeRequested = true
      return
    }
    this.schedule(0)
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    await this.running
  }

  /** Age in ms of the oldest event still pending at the last round (0 when none). */
  lagMs(): number {
    return this.lastLag
  }

  /** One round: publishes every pending event in order, oldest first. Returns how many were published. */
  async publishPending(): Promise<number> {
    const { payload, queue, batchSize = 200 } = this.options
    let published = 0
    for (;;) {
      const pending = await payload.find({
        collection: 'outbox-events',
        where: { status: { equals: 'pending' } },
        sort: 'occurredAt',
        limit: batchSize,
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
      const events = pending.docs
      this.lastLag = events.length > 0 ? Date.now() - new Date(events[0].occurredAt).getTime() : 0
      if (this.lastLag > LAG_WARNING_MS) this.options.logger.warn('outbox relay is behind', { lagMs: this.lastLag, pending: events.length })
      if (events.length === 0) return published
      await queue.addBulk(
        events.map((event) => ({
          name: event.type,
          data: {
            eventId: event.eventId,
            type: event.type,
            aggregate: event.aggregate,
            aggregateId: event.aggregateId,
            data: (event.data ?? {}) as Record<string, unknown>,
            occurredAt: event.occurredAt,
          } satisfies OutboxEventJob,
          opts: { jobId: `evt-${event.eventId}` },
        })),
      )
      await payload.update({
        collection: 'outbox-events',
        where: { id: { in: events.map((e) => e.id) } },
        data: { status: 'published', publishedAt: new Date().toISOString() },
        overrideAccess: true,
        depth: 0,
      })
      published += events.length
      if (events.length < batchSize) return published
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.running = this.round().finally(() => {
        this.running = undefined
        const again = this.wakeRequested
        this.wakeRequested = false
        this.schedule(again ? 0 : this.options.pollMs)
      })
    }, delayMs)
  }

  private async round(): Promise<void> {
    try {
      const count = await this.publishPending()
      if (count > 0) this.options.logger.debug('outbox events published', { count })
    } catch (error) {
      // Redis or the database is away: the events stay pending and the next round tries again.
      this.options.logger.warn('outbox relay round failed, will retry', { error, lagMs: this.lastLag })
    }
  }
}
