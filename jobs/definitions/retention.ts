import { Queue, Worker, type WorkerOptions } from 'bullmq'
import type { Payload } from 'payload'
import { TIME_ZONE } from '../../src/email'
import { listenForErrors } from '../../src/lib/error-listener'
import { createLogger } from '../../src/lib/logger'
import { runRetention } from '../../src/gdpr/retention'

const log = createLogger('retention')

/**
 * The daily retention run (src/gdpr/retention.ts, periods in src/gdpr/retention-periods.ts): one BullMQ job
 * scheduler, as the failure digest, on a queue of its own (a worker runs every job of its queue with one
 * processor). Pruning is idempotent: a retried or doubled run finds nothing more to remove.
 */
export const RETENTION_RUN = {
  queue: 'ops-retention',
  scheduler: 'retention',
  job: 'retention',
  /** 03:15 in Paris: the quietest hour, after the night's backups (scripts/backup.ts). */
  repeat: { pattern: '15 3 * * *', tz: TIME_ZONE },
} as const

/** Registers (or updates) the scheduler and returns the worker that runs the pruning. */
export async function startRetention(payload: Payload, options: Pick<WorkerOptions, 'connection' | 'prefix' | 'maxStalledCount'>): Promise<Worker> {
  const scheduler = listenForErrors(new Queue(RETENTION_RUN.queue, { connection: options.connection, prefix: options.prefix }), 'queue retention')
  try {
    await scheduler.upsertJobScheduler(RETENTION_RUN.scheduler, RETENTION_RUN.repeat, {
      name: RETENTION_RUN.job,
      opts: { attempts: 3, backoff: { type: 'exponential', delay: 300_000 }, removeOnComplete: { count: 30 }, removeOnFail: { count: 30 } },
    })
  } finally {
    await scheduler.close()
  }
  return new Worker(
    RETENTION_RUN.queue,
    async () => {
      const report = await runRetention(payload, new Date())
      log.info('retention run', { ...report })
      return report
    },
    { ...options, concurrency: 1 },
  )
}
