import { Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES } from '../../jobs/plumbing/queues'
import { env } from '../lib/env'
import { listenForErrors } from '../lib/error-listener'
import { createRedisConnection } from '../lib/redis'
import { eventJob, type OutboxEventJob } from './event-job'

/**
 * What the committing process (web or worker) tells Redis once a transaction that wrote outbox events has
 * committed: each event's job (the hand-over, below), then a wake-up on `<prefix>:outbox-wake`. Every worker's
 * relay SUBSCRIBEs and starts a round at once instead of waiting for its poll: it marks the events published and
 * adds any whose hand-over was lost. A wake is only a hint: the message carries nothing, a lost one (Redis down, no
 * subscriber yet) costs one poll interval, and a wake that arrives before the commit is visible just finds nothing.
 * Neither ever fails or delays the commit.
 */
export const outboxWakeChannel = (prefix: string): string => `${prefix}:outbox-wake`

/** How long a wake may wait for the publisher's first connection before it is dropped (the poll takes over). */
const CONNECT_WAIT_MS = 1000

interface Publisher {
  connection: Redis
  channel: string
  /** The `events` queue, on the same connection, for the hand-over after commit. */
  events: Queue
}

// One publisher per process (per module registry in jest), made on the first wake; survives Next's hot reloads.
const holder = globalThis as typeof globalThis & { __essaimOutboxWake?: Publisher }

function publisher(): Publisher {
  if (!holder.__essaimOutboxWake) {
    const connection = createRedisConnection('producer')
    const { queuePrefix } = env()
    const events = new Queue(QUEUE_NAMES.events, { connection, prefix: queuePrefix, defaultJobOptions: DEFAULT_JOB_OPTIONS.events })
    // A Queue re-emits its connection's errors: logged; the hand-over itself fails quietly (the relay is the safety net).
    listenForErrors(events, 'queue events (hand-over)')
    holder.__essaimOutboxWake = { connection, channel: outboxWakeChannel(queuePrefix), events }
  }
  return holder.__essaimOutboxWake
}

// One wait per connection, shared by every commit made while it connects (a listener each would pile up).
const connecting = new WeakMap<Redis, Promise<boolean>>()

function ready(connection: Redis): Promise<boolean> {
  if (connection.status === 'ready') return Promise.resolve(true)
  let wait = connecting.get(connection)
  if (!wait) {
    wait = new Promise<boolean>((resolve) => {
      const done = (value: boolean) => {
        clearTimeout(timer)
        connection.off('ready', onReady)
        connecting.delete(connection)
        resolve(value)
      }
      const onReady = () => done(true)
      const timer = setTimeout(() => done(false), CONNECT_WAIT_MS)
      connection.once('ready', onReady)
    })
    connecting.set(connection, wait)
  }
  return wait
}

async function publish(): Promise<void> {
  const { connection, channel } = publisher()
  if (await ready(connection)) await connection.publish(channel, '')
}

/** Fire and forget: wakes the relays, or does nothing when Redis is away. */
export function wakeOutboxRelays(): void {
  publish().catch(() => undefined)
}

async function addEventJob(event: OutboxEventJob): Promise<void> {
  const { connection, events } = publisher()
  if (!(await ready(connection))) return
  const job = eventJob(event)
  await events.add(job.name, job.data, job.opts)
}

/**
 * Right after the commit that wrote `event`, the committing process adds its job itself (one hop fewer than
 * waiting for a relay round), then wakes the relays, which mark it published, or add it when this add failed (Redis
 * away, process gone). Fire and forget. Adds from several processes can reach BullMQ out of commit order; the
 * events worker restores a file's order (jobs/event-order.ts).
 */
export function handOverEvent(event: OutboxEventJob): void {
  addEventJob(event)
    .catch(() => undefined)
    .finally(wakeOutboxRelays)
}

/** Closes this process's publisher (worker shutdown, tests); a later wake opens a new one. */
export function closeOutboxWakePublisher(): void {
  void holder.__essaimOutboxWake?.events.close().catch(() => undefined)
  holder.__essaimOutboxWake?.connection.disconnect()
  holder.__essaimOutboxWake = undefined
}

/**
 * Calls `onWake` for every wake published under the prefix, and after each (re)connection of the subscriber
 * (events committed while Redis was away woke nobody). Returns the function that unsubscribes and disconnects.
 */
export function subscribeOutboxWake(prefix: string, onWake: () => void): () => void {
  const connection = createRedisConnection('subscriber')
  const channel = outboxWakeChannel(prefix)
  connection.on('message', (from: string) => {
    if (from === channel) onWake()
  })
  connection.on('ready', () => onWake())
  connection.subscribe(channel).catch(() => undefined)
  return () => connection.disconnect()
}
