import { Queue, type DefaultJobOptions } from 'bullmq'
import type { Redis } from 'ioredis'
import { env } from '../src/lib/env'

/**
 * The queues of essaim. An event travels: outbox → `events` (effects plan) → `timers` (delayed follow-ups) and
 * `notify` (resolve recipients, render) → `mail` (one delivery, rate-limited).
 */
export const QUEUE_NAMES = {
  events: 'events',
  timers: 'timers',
  notify: 'notify',
  mail: 'mail',
} as const

export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES]

const DAY = 24 * 3600

/**
 * Retries with exponential backoff (2 s, 4 s, 8 s… ≈ 17 min in all for mail), and retention budgets so Redis
 * never grows without bound. Completed jobs are kept a week: while kept, their id still deduplicates a re-publish.
 */
export const DEFAULT_JOB_OPTIONS: Record<QueueName, DefaultJobOptions> = {
  events: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 1000, jitter: 0.2 },
    removeOnComplete: { age: 7 * DAY, count: 50_000 },
    removeOnFail: { age: 30 * DAY },
  },
  timers: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 2000, jitter: 0.2 },
    removeOnComplete: { age: 7 * DAY, count: 50_000 },
    removeOnFail: { age: 30 * DAY },
  },
  notify: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 1000, jitter: 0.2 },
    removeOnComplete: { age: 7 * DAY, count: 50_000 },
    removeOnFail: { age: 30 * DAY },
  },
  mail: {
    attempts: 10,
    backoff: { type: 'exponential', delay: 2000, jitter: 0.2 },
    removeOnComplete: { age: 7 * DAY, count: 50_000 },
    removeOnFail: { age: 30 * DAY },
  },
}

export type Queues = Record<QueueName, Queue>

/** One producer-side Queue per name, all on the given (fail-fast) connection and the configured prefix. */
export function createQueues(connection: Redis, prefix = env().queuePrefix): Queues {
  const make = (name: QueueName) =>
    new Queue(name, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS[name] })
  return {
    events: make('events'),
    timers: make('timers'),
    notify: make('notify'),
    mail: make('mail'),
  }
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(Object.values(queues).map((q) => q.close()))
}
