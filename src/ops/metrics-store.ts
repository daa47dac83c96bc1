import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { Redis } from 'ioredis'

/**
 * Figures that workers produce and the web process serves at /api/metrics: kept in Redis, so every worker process
 * (however many) adds to the same counters and one scrape of the web sees them all.
 */
export const JOB_DURATION_BUCKETS_S = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60] as const

export const metricsKey = (prefix: string) => `${prefix}:ops:metrics`
export const processKey = (prefix: string, workerId: string) => `${prefix}:ops:process:${workerId}`
const PROCESS_TTL_S = 60

/** One finished job: its duration into the queue's histogram, and its outcome counted. */
export function recordJob(connection: Redis, prefix: string, queue: string, seconds: number, outcome: 'completed' | 'failed'): void {
  const key = metricsKey(prefix)
  const multi = connection.multi()
  for (const le of JOB_DURATION_BUCKETS_S) if (seconds <= le) multi.hincrby(key, `job_bucket|${queue}|${le}`, 1)
  multi.hincrby(key, `job_count|${queue}`, 1).hincrbyfloat(key, `job_sum|${queue}`, seconds).hincrby(key, `job_${outcome}|${queue}`, 1)
  // Metrics never fail a job: a lost increment during a Redis outage is acceptable.
  multi.exec().catch(() => undefined)
}

/** One mail delivered, or given up on (its last attempt failed). */
export function recordMail(connection: Redis, prefix: string, kind: string, outcome: 'sent' | 'failed'): void {
  connection.hincrby(metricsKey(prefix), `mail_${outcome}|${kind}`, 1).catch(() => undefined)
}

/** The worker's own process figures, refreshed every 15 s and forgotten a minute after the process is gone. */
export function startProcessReport(connection: Redis, prefix: string, workerId: string): () => void {
  const delay = monitorEventLoopDelay({ resolution: 20 })
  delay.enable()
  const report = () => {
    const memory = process.memoryUsage()
    const cpu = process.cpuUsage()
    const figures = {
      resident_memory_bytes: memory.rss,
      heap_used_bytes: memory.heapUsed,
      cpu_seconds_total: (cpu.user + cpu.system) / 1e6,
      event_loop_delay_max_seconds: delay.max / 1e9,
      event_loop_delay_p99_seconds: delay.percentile(99) / 1e9,
      start_time_seconds: Math.round(Date.now() / 1000 - process.uptime()),
    }
    delay.reset()
    connection.multi().hset(processKey(prefix, workerId), figures).expire(processKey(prefix, workerId), PROCESS_TTL_S).exec().catch(() => undefined)
  }
  report()
  const timer = setInterval(report, 15_000)
  timer.unref()
  return () => {
    clearInterval(timer)
    delay.disable()
  }
}

interface FinishedJob {
  data: unknown
  processedOn?: number
  finishedOn?: number
  attemptsMade: number
  opts: { attempts?: number }
  returnvalue?: unknown
}
interface WatchedWorker {
  name: string
  on(event: 'completed', listener: (job: FinishedJob) => void): unknown
  on(event: 'failed', listener: (job: FinishedJob | undefined, error: Error) => void): unknown
}

const secondsOf = (job: FinishedJob) => (job.processedOn && job.finishedOn ? Math.max(0, job.finishedOn - job.processedOn) / 1000 : 0)
const kindOf = (job: FinishedJob) => String((job.data as { kind?: unknown } | undefined)?.kind ?? 'unknown')

/** Counts every job a worker finishes, and for the mail queue every mail sent or given up on, by kind. */
export function instrumentWorker(worker: WatchedWorker, connection: Redis, prefix: string, mailQueue: string): void {
  worker.on('completed', (job) => {
    recordJob(connection, prefix, worker.name, secondsOf(job), 'completed')
    if (worker.name === mailQueue && job.returnvalue === 'sent') recordMail(connection, prefix, kindOf(job), 'sent')
  })
  worker.on('failed', (job, error) => {
    if (!job) return
    recordJob(connection, prefix, worker.name, secondsOf(job), 'failed')
    const lastAttempt = error?.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1)
    if (worker.name === mailQueue && lastAttempt) recordMail(connection, prefix, kindOf(job), 'failed')
  })
}
