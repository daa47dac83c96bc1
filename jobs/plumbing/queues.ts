import { Queue, type DefaultJobOptions, type WorkerOptions } from 'bullmq'
import type { Redis } from 'ioredis'
import { env } from '../../src/lib/env'
import { listenForErrors } from '../../src/lib/error-listener'

/**
 * The queues of essaim. An event travels: outbox → `events` (effects plan) → `timers` (delayed follow-ups) and
 * `notify` (resolve recipients, render) → `mail` (one delivery, rate-limited).
 */
export const QUEUE_NAMES = {
  events: 'events',
  timers: 'timers',
  notify: 'notify',
  mail: 'mail',
  /** Campaign kit mailing: one job per structure, fed at the pace mails leave so that a pause takes effect at once. */
  campaign: 'campaign',
  /** Session reports: a flow per report, one child per part and the rendering parent (jobs/report-flow.ts). */
  reports: 'reports',
} as const

export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES]

const DAY = 24 * 3600

/** Retries with exponential backoff and jitter (2 s, 4 s, 8 s… ≈ 17 min in all for mail): read from each job. */
const retrying = (attempts: number, firstDelayMs: number): DefaultJobOptions => ({
  attempts,
  backoff: { type: 'exponential', delay: firstDelayMs, jitter: 0.2 },
})

export const DEFAULT_JOB_OPTIONS: Record<QueueName, DefaultJobOptions> = {
  events: retrying(8, 1000),
  timers: retrying(8, 2000),
  notify: retrying(8, 1000),
  mail: retrying(10, 2000),
  campaign: retrying(8, 1000),
  reports: retrying(3, 1000),
}

export type Retention = Pick<WorkerOptions, 'removeOnComplete' | 'removeOnFail'>

/**
 * Retention budgets, so Redis never grows without bound. Completed jobs are kept a week: while kept, their id still
 * deduplicates a re-publish. They are the workers' options, not each job's: BullMQ applies a worker's budget to
 * every job that has none, and a job's own options are stored in its Redis hash, where they cost about 100 bytes
 * in every pending timer (docs/benchmarks.md, Redis memory per pending timer).
 */
const keeping = (keepCompleted = 50_000): Retention => ({
  removeOnComplete: { age: 7 * DAY, count: keepCompleted },
  removeOnFail: { age: 30 * DAY },
})

export const RETENTION: Record<QueueName, Retention> = {
  events: keeping(),
  timers: keeping(),
  notify: keeping(),
  mail: keeping(),
  campaign: keeping(),
  reports: keeping(10_000),
}

export type Queues = Record<QueueName, Queue>

/** One producer-side Queue per name, all on the given (fail-fast) connection and the configured prefix. */
export function createQueues(connection: Redis, prefix = env().queuePrefix): Queues {
  const make = (name: QueueName) =>
    listenForErrors(new Queue(name, { connection, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS[name] }), `queue ${name}`)
  return Object.fromEntries(Object.values(QUEUE_NAMES).map((name) => [name, make(name)])) as Queues
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(Object.values(queues).map((q) => q.close()))
}
