import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { Worker, type Job } from 'bullmq'
import type { Payload } from 'payload'
import { env } from '../../src/lib/env'
import { listenForErrors } from '../../src/lib/error-listener'
import { createLogger } from '../../src/lib/logger'
import { createRedisConnection } from '../../src/lib/redis'
import { startHeartbeat } from '../../src/ops/heartbeat'
import { instrumentWorker, startProcessReport } from '../../src/ops/metrics-store'
import { OutboxRelay } from '../../src/outbox/relay'
import { closeOutboxWakePublisher } from '../../src/outbox/wake'
import { deliverMail } from '../definitions/deliver-mail'
import { startFailureDigest } from '../definitions/failure-digest'
import { startCampaignWorker } from '../definitions/campaign-kit'
import { handleEvent } from '../definitions/handle-event'
import { handleTimer, referenceTime } from '../definitions/handle-timer'
import { handleNotify } from '../definitions/notify'
import { handleReportJob } from '../definitions/session-report'
import { startRetention } from '../definitions/retention'
import { QUEUE_NAMES, RETENTION, closeQueues, createQueues, type Queues } from './queues'
import { startWorklistNudge } from '../definitions/worklist-nudge'

export interface WorkerRuntime {
  queues: Queues
  relay: OutboxRelay
  workers: Worker[]
  /** Stops taking jobs, lets running ones finish until the deadline, then lets go of the rest (they return to the queue). */
  close(timeoutMs?: number): Promise<{ forced: boolean }>
}

export interface WorkerRuntimeOptions {
  prefix?: string
  relayPollMs?: number
  mailRatePerSecond?: number
  /** The time the workflow decides by; tests move it forward while promoting delayed timers. */
  now?: () => Date
}

/** Everything the worker process runs: the outbox relay and one BullMQ worker per queue. */
export async function startWorkerRuntime(payload: Payload, options: WorkerRuntimeOptions = {}): Promise<WorkerRuntime> {
  const settings = env()
  const prefix = options.prefix ?? settings.queuePrefix
  const log = createLogger('worker')
  const producer = createRedisConnection('producer')
  const blocking = createRedisConnection('worker')
  const queues = createQueues(producer, prefix)
  const relay = new OutboxRelay({
    payload,
    queue: queues.events,
    logger: createLogger('relay'),
    pollMs: options.relayPollMs ?? settings.relayPollMs,
    wakeOn: prefix,
  })
  const rate = options.mailRatePerSecond ?? settings.mailRatePerSecond
  // A job stalled by a forced shutdown goes back to the queue; allow it to happen a few times before failing it.
  const common = { connection: blocking, prefix, maxStalledCount: 3 }
  const workers = [
    // One event at a time across every worker process: a file's moves must take effect in the order they were
    // committed (a cancel must not overtake the schedule it cancels). Events are cheap; the mail fan-out is not serial.
    new Worker(QUEUE_NAMES.events, (job: Job, token?: string) => handleEvent({ payload, queues }, job, token), { ...common, ...RETENTION.events, concurrency: 1 }),
    new Worker(QUEUE_NAMES.timers, async (job: Job, token?: string) => handleTimer(payload, job, options.now?.() ?? (await referenceTime(producer)), token), {
      ...common,
      ...RETENTION.timers,
      concurrency: 4,
    }),
    new Worker(QUEUE_NAMES.notify, (job: Job) => handleNotify(payload, queues.mail, job), { ...common, ...RETENTION.notify, concurrency: 4 }),
    new Worker(QUEUE_NAMES.mail, (job: Job) => deliverMail(payload, job), {
      ...common,
      ...RETENTION.mail,
      concurrency: 4,
      ...(rate > 0 ? { limiter: { max: rate, duration: 1000 } } : {}),
    }),
  ]
  // The coordinators' daily digest of failed deliveries: one job scheduler and its worker (jobs/failure-digest.ts).
  workers.push(await startFailureDigest(payload, queues, common))
  // The daily pruning of what has outlived its retention period (jobs/definitions/retention.ts, src/gdpr).
  workers.push(await startRetention(payload, common))
  // Campaign kits at the SMTP pace (jobs/campaign-kit.ts) and the facilitators' daily 30-day nudge (one scheduler).
  workers.push(startCampaignWorker(payload, queues, { ...common, ...RETENTION.campaign }, rate), await startWorklistNudge(payload, common))
  // Session reports (jobs/definitions/session-report.ts): the parts of a report run side by side, then its rendering.
  const reports: Worker = new Worker(QUEUE_NAMES.reports, (job: Job) => handleReportJob(payload, job), { ...common, ...RETENTION.reports, concurrency: 4 })
  workers.push(reports)
  for (const worker of workers) {
    worker.on('failed', (job, error) =>
      // Outside the job's own run: its correlation id, when its data carries one, is added here.
      log.warn('job failed', { queue: worker.name, job: job?.id, attempt: job?.attemptsMade, correlationId: (job?.data as { correlationId?: unknown } | undefined)?.correlationId, error }),
    )
    listenForErrors(worker, `worker ${worker.name}`)
    instrumentWorker(worker, producer, prefix, QUEUE_NAMES.mail)
  }
  await queues.events.setGlobalConcurrency(1)
  relay.start()
  // Readiness (/api/health/ready) and the worker container's healthcheck read this.
  const workerId = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`
  const stopHeartbeat = startHeartbeat(producer, prefix, workerId)
  // Its memory, CPU and event-loop figures for /api/metrics (src/ops/metrics-store.ts).
  const stopProcessReport = startProcessReport(producer, prefix, workerId)
  // Scheduled publication of stories and news is a Payload job: run the due ones here, one at a time (SQLite),
  // rather than in every web process.
  const publishing = setInterval(() => {
    payload.jobs.run({ sequential: true, limit: 20 }).catch((error: unknown) => log.warn('scheduled publishing failed', { error }))
  }, 60_000)

  let closing: Promise<{ forced: boolean }> | undefined
  const close = (timeoutMs = settings.workerShutdownTimeoutMs) => {
    openRuntimes().delete(close)
    closing ??= stop(timeoutMs)
    return closing
  }
  const stop = async (timeoutMs: number) => {
    clearInterval(publishing)
    await relay.stop()
    let timer: NodeJS.Timeout | undefined
    const graceful = Promise.all(workers.map((w) => w.close())).then(() => false)
    const deadline = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), timeoutMs)
    })
    const forced = await Promise.race([graceful, deadline])
    clearTimeout(timer)
    if (forced) {
      log.warn('shutdown deadline reached: active jobs are released and will be retried', { timeoutMs })
      await Promise.all(workers.map((w) => w.close(true)))
    }
    stopProcessReport()
    await stopHeartbeat()
    await closeQueues(queues)
    blocking.disconnect()
    producer.disconnect()
    closeOutboxWakePublisher()
    return { forced }
  }
  openRuntimes().add(close)
  return { queues, relay, workers, close }
}

/**
 * Every runtime not closed yet, on the process's global (as the Redis connections are): a test file whose hook
 * gave up while a runtime was starting has no handle on it, and its test environment closes what is left here.
 */
const holder = globalThis as typeof globalThis & { __essaimWorkerRuntimes?: Set<(timeoutMs?: number) => Promise<{ forced: boolean }>> }
const openRuntimes = () => (holder.__essaimWorkerRuntimes ??= new Set())
