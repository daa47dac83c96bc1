import type { Payload } from 'payload'
import type { Queue } from 'bullmq'
import type { Logger } from '../lib/logger'
import type { OutboxEvent } from '../payload-types'
import { isRedisFull } from '../lib/redis'
import { updateRecords } from '../lib/transaction'
import { eventJob, type OutboxEventJob } from './event-job'
import { subscribeOutboxWake } from './wake'

export type { OutboxEventJob }

/** Past this age, a pending event means publishing is stuck: say it in the worker's log. */
const LAG_WARNING_MS = 30_000
/** How long the `published` mark of a round may wait to share a transaction with other bookkeeping writes. */
const MARK_LINGER_MS = 200
const RETRY_AFTER_FAILURE_MS = 1000
/** While Redis stays full, its log line is repeated this often (not at every failed round). */
const FULL_REPEAT_MS = 30_000

export interface RelayOptions {
  payload: Payload
  queue: Queue
  logger: Logger
  pollMs: number
  batchSize?: number
  /** The queue prefix whose wake-ups (`<prefix>:outbox-wake`, published after each commit) start a round at once. */
  wakeOn?: string
}

/**
 * Moves committed outbox events to BullMQ and marks them published. Usually the committing process has already
 * added the job (src/outbox/wake.ts); the relay's add is then a no-op, and it is what publishes an event whose
 * hand-over was lost. Publishing is idempotent (`jobId = evt-<eventId>`), so two relays, a hand-over, or a crash
 * between `add` and the `published` mark, at worst re-add an id BullMQ already holds: never a lost event, never a
 * second run while the job is retained. No claim step is needed for that reason.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined
  private immediate: NodeJS.Immediate | undefined
  private running: Promise<void> | undefined
  private stopped = true
  private wakeRequested = false
  private lastLag = 0
  private unsubscribe: (() => void) | undefined
  /** Since when Redis has refused the relay's adds for lack of memory, and when that was last logged. */
  private full: { since: number; loggedAt: number; rounds: number } | undefined
  /** Ids of events already added to BullMQ whose `published` mark is being written. */
  private readonly marking = new Set<OutboxEvent['id']>()
  private readonly marks = new Set<Promise<boolean>>()

  constructor(private readonly options: RelayOptions) {}

  start(): void {
    this.stopped = false
    // Woken by any process's commit; the poll stays as the safety net (a wake is lost while Redis is away).
    if (this.options.wakeOn !== undefined) this.unsubscribe ??= subscribeOutboxWake(this.options.wakeOn, () => this.wake())
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
    this.unsubscribe?.()
    this.unsubscribe = undefined
    if (this.timer) clearTimeout(this.timer)
    if (this.immediate) clearImmediate(this.immediate)
    this.immediate = undefined
    await this.running
    await Promise.all(this.marks)
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
      // Bookkeeping through the adapter: the collection has no hooks, and a round should cost one statement.
      const pending = await payload.db.find<OutboxEvent>({
        collection: 'outbox-events',
        where: { status: { equals: 'pending' } },
        sort: 'occurredAt',
        limit: batchSize,
        pagination: false,
      })
      // Events published by an earlier round whose `published` mark has not committed yet are not added again.
      const events = pending.docs.filter((event) => !this.marking.has(event.id))
      this.lastLag = events.length > 0 ? Date.now() - new Date(events[0].occurredAt).getTime() : 0
      if (this.lastLag > LAG_WARNING_MS) this.options.logger.warn('outbox relay is behind', { lagMs: this.lastLag, pending: events.length })
      if (events.length === 0) return published
      const jobs = events.map((event) =>
        eventJob({
          eventId: event.eventId,
          type: event.type,
          aggregate: event.aggregate,
          aggregateId: event.aggregateId,
          data: (event.data ?? {}) as Record<string, unknown>,
          occurredAt: event.occurredAt,
          correlationId: event.correlationId ?? undefined,
        }),
      )
      // One event (the usual case when each commit wakes the relay): a plain add, one script instead of a MULTI.
      if (jobs.length === 1) await queue.add(jobs[0].name, jobs[0].data, jobs[0].opts)
      else await queue.addBulk(jobs)
      published += events.length
      if (pending.docs.length < batchSize) {
        // Nobody waits for the mark: it joins the next bookkeeping transaction (group commit) instead of paying for
        // one of its own. Until it commits, the events stay pending; a crash meanwhile re-publishes them, which
        // their job ids make harmless.
        this.mark(events.map((event) => event.id), MARK_LINGER_MS)
        return published
      }
      // A backlog: mark this batch now, so that the next find reaches the events after it (or end the round).
      if (!(await this.mark(events.map((event) => event.id), 0))) throw new Error('outbox events published but not marked')
    }
  }

  /** Records the events as published (in the background; `stop()` waits for it). False when that failed. */
  private mark(ids: OutboxEvent['id'][], lingerMs: number): Promise<boolean> {
    for (const id of ids) this.marking.add(id)
    const marked = updateRecords(this.options.payload, 'outbox-events', ids, { status: 'published', publishedAt: new Date().toISOString() }, { lingerMs })
      .then(() => true)
      .catch((error: unknown) => {
        this.options.logger.warn('outbox events published but not marked yet, will retry', { error, count: ids.length })
        return false
      })
      .finally(() => {
        for (const id of ids) this.marking.delete(id)
        this.marks.delete(marked)
      })
    this.marks.add(marked)
    return marked
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    // A round is about to start already.
    if (this.immediate) return
    const start = () => {
      this.immediate = undefined
      this.timer = undefined
      this.running = this.round().then((ok) => {
        this.running = undefined
        const again = this.wakeRequested
        this.wakeRequested = false
        // A failed round (Redis or the database away) is tried again within a second, whatever the poll interval.
        this.schedule(again ? 0 : ok ? this.options.pollMs : Math.min(this.options.pollMs, RETRY_AFTER_FAILURE_MS))
      })
    }
    // Now means now: a timer of 0 ms still waits a millisecond or more.
    if (delayMs <= 0) this.immediate = setImmediate(start)
    else this.timer = setTimeout(start, delayMs)
  }

  /** One round; false when it failed. */
  private async round(): Promise<boolean> {
    try {
      const count = await this.publishPending()
      if (count > 0) this.options.logger.debug('outbox events published', { count })
      if (this.full) {
        this.options.logger.info('Redis accepts writes again: outbox events are being published', { fullForMs: Date.now() - this.full.since, published: count })
        this.full = undefined
      }
      return true
    } catch (error) {
      // Redis or the database is away: the events stay pending and the next round tries again.
      if (isRedisFull(error)) this.reportFull(error)
      else this.options.logger.warn('outbox relay round failed, will retry', { error, lagMs: this.lastLag })
      return false
    }
  }

  /**
   * Redis full (maxmemory reached under noeviction): nothing is lost, the events wait in the outbox, but nothing
   * moves until someone frees memory. Said at error level, in words, and again while it lasts (not at every round).
   */
  private reportFull(error: unknown): void {
    const now = Date.now()
    this.full ??= { since: now, loggedAt: 0, rounds: 0 }
    this.full.rounds += 1
    if (now - this.full.loggedAt < FULL_REPEAT_MS) return
    this.full.loggedAt = now
    this.options.logger.error(
      'Redis is full (OOM: maxmemory reached, policy noeviction): outbox events wait in the database until memory is freed or maxmemory raised',
      { error, lagMs: this.lastLag, fullForMs: now - this.full.since, failedRounds: this.full.rounds },
    )
  }
}
