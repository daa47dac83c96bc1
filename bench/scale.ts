/**
 * Scale: the cost of one transition, and the Redis memory per pending timer, as the number of funding files
 * holding their timers grows (1,000 → 10,000, and 100,000 with BENCH_SCALE_MAX=100000).
 *
 * Seeding (to reach the counts in seconds, not hours): one real file is walked to `submitted` through the
 * application (its row, its outbox/audit rows, its four pending timers: expiry and three T2 reminders); its row is
 * then copied with SQL (INSERT … SELECT, new uuid and reference each), and its timers are added for every copy with
 * `queue.addBulk`: the same job names and data shape the events worker writes, the copy's deterministic job id
 * (`ff-<fileId>-<timer>-<n>`) and the same due time. Outbox, audit and delivery-log rows are not copied (their
 * tables are indexed on what the pipeline queries; their growth is not measured here).
 *
 * Cost of one transition, at each size: BENCH_SCALE_MOVES moves `submitted → info_requested`, one at a time (no
 * queueing), the relay woken by the commit as shipped: commit time, event job time (cancel 3 timers, schedule 3, notify) and
 * commit → mail accepted by the SMTP server. Target: cost at the largest size ≤ 1.25 × cost at 1,000;
 * ≤ 1 KB of Redis per pending timer.
 *
 *   npx tsx bench/scale.ts        (BENCH_SCALE_MAX=10000, BENCH_SCALE_MOVES=30)
 */
import { performance } from 'node:perf_hooks'
import { Redis } from 'ioredis'
import { finishBench, useBenchEnv } from './lib/env'
import { memoryOfKeys, usedMemory } from './lib/redis'
import { emit, intArg, loadSampler, note, round, summary, waitUntil } from './lib/report'
import { startSmtpSink } from './lib/smtp-sink'
import { addTimersFor, cloneRows, seedTemplate } from './lib/world'

const MAX = intArg('BENCH_SCALE_MAX', 10_000)
const MOVES = intArg('BENCH_SCALE_MOVES', 30)
const LEVELS = [1_000, 10_000, 100_000].filter((n) => n <= MAX)

const env = await useBenchEnv('scale')
const sink = await startSmtpSink(env.smtpPort)
note('boot: Payload')
const { bootBench } = await import('./lib/boot')
const payload = await bootBench()
const { startWorkerRuntime } = await import('../jobs/plumbing/workers')
const { moveFundingFile } = await import('../collections/funding-files/move-service')
note('boot: worker runtime')
const runtime = await startWorkerRuntime(payload, { mailRatePerSecond: 0 })
note('boot: ready')
const eventsWorker = runtime.workers.find((w) => w.name === 'events')!
const redis = new Redis(env.redisUrl, { maxRetriesPerRequest: 1 })
let exitCode = 0

try {
  const load = loadSampler()
  const seeded = await seedTemplate(payload, runtime)
  const perFile = seeded.templateTimers.length
  const memoryBefore = await usedMemory(redis)
  const eventJobStart = new Map<string, number>()
  const eventJobEnd = new Map<string, number>()
  eventsWorker.on('active', (job) => eventJobStart.set(String(job.data.aggregateId), performance.now()))
  eventsWorker.on('completed', (job) => eventJobEnd.set(String(job.data.aggregateId), performance.now()))

  /** One move, one at a time: its commit, its event job, commit → mail accepted (ms). */
  const moveOne = async (id: string) => {
    const before = sink.count()
    const start = performance.now()
    await moveFundingFile(payload, { id, kind: 'transition', to: 'info_requested', user: seeded.coordinator })
    const committed = performance.now()
    await waitUntil('the mail of the move', () => sink.count() > before, 30_000, 2)
    const mailed = sink.arrivals[sink.arrivals.length - 1].at
    await waitUntil('the event job to complete', () => eventJobEnd.has(id), 10_000, 2)
    return { commit: committed - start, event: eventJobEnd.get(id)! - eventJobStart.get(id)!, toMail: mailed - committed }
  }

  // Warm-up (not measured), so that the first size is not measured on a cold process.
  const warm = await cloneRows(payload, 'funding_files', 'funding_files', seeded.templateId, 10, 'warm')
  await addTimersFor(runtime.queues.timers, warm, seeded.templateTimers)
  for (const id of warm) await moveOne(id)

  let files: string[] = []
  let timersAdded = 0
  const levels: Record<string, unknown>[] = []
  for (const level of LEVELS) {
    // Grow to `level` files holding their timers, plus MOVES spare files that the measurement moves.
    const grow = level + MOVES - files.length
    note(`scale: growing to ${level} files (+${grow}) with ${perFile} timers each`)
    const t0 = performance.now()
    const added = await cloneRows(payload, 'funding_files', 'funding_files', seeded.templateId, grow, `s${level}`)
    timersAdded += await addTimersFor(runtime.queues.timers, added, seeded.templateTimers)
    files = files.concat(added)
    const seedSeconds = (performance.now() - t0) / 1000

    const delayed = await runtime.queues.timers.getDelayedCount()
    const jobs = await memoryOfKeys(redis, `${env.queuePrefix}:timers:ff-*`, 2000)
    const zset = Number((await redis.call('MEMORY', 'USAGE', `${env.queuePrefix}:timers:delayed`, 'SAMPLES', '0')) ?? 0)
    const bytesPerTimer = jobs.bytes / Math.max(1, jobs.keys) + zset / Math.max(1, delayed)
    const infoDelta = ((await usedMemory(redis)) - memoryBefore) / Math.max(1, timersAdded)

    note(`scale: ${MOVES} moves at ${level} files`)
    const spare = files.slice(files.length - MOVES)
    files = files.slice(0, files.length - MOVES)
    const commitMs: number[] = []
    const eventMs: number[] = []
    const toMailMs: number[] = []
    for (const id of spare) {
      const one = await moveOne(id)
      commitMs.push(one.commit)
      eventMs.push(one.event)
      toMailMs.push(one.toMail)
    }
    const commit = summary(commitMs)
    const event = summary(eventMs)
    const mail = summary(toMailMs)
    levels.push({
      files: level,
      pendingTimers: delayed,
      seedSeconds: round(seedSeconds, 1),
      redisBytesPerTimer: round(bytesPerTimer, 0),
      redisBytesPerTimerInfoDelta: round(infoDelta, 0),
      commitMs: commit,
      eventJobMs: event,
      commitToMailMs: mail,
      // The cost of one transition: its commit plus the pipeline up to the accepted mail (medians).
      transitionCostMs: round(commit.p50 + mail.p50, 1),
    })
  }
  const first = levels[0] as { transitionCostMs: number; redisBytesPerTimer: number }
  const last = levels[levels.length - 1] as { files: number; transitionCostMs: number; redisBytesPerTimer: number }
  const costRatio = last.transitionCostMs / first.transitionCostMs
  emit('scale', {
    levels,
    timersPerFile: perFile,
    baseline: 'the same measurement at 1,000 files',
    costRatio: round(costRatio, 3),
    costRatioOf: `${last.files} vs 1000 files`,
    targetCostRatio: '<= 1.25 (at 100,000)',
    costMet: costRatio <= 1.25,
    maxBytesPerTimer: Math.max(...levels.map((l) => Number((l as { redisBytesPerTimer: number }).redisBytesPerTimer))),
    targetBytesPerTimer: '<= 1024',
    memoryMet: Math.max(...levels.map((l) => Number((l as { redisBytesPerTimer: number }).redisBytesPerTimer))) <= 1024,
    load: load.stop(),
  })
} catch (error) {
  exitCode = 1
  note(`scale failed: ${error instanceof Error ? error.stack : String(error)}`)
  emit('scale', { error: error instanceof Error ? error.message : String(error) })
} finally {
  await finishBench(env, exitCode, () => runtime.close(2000), () => sink.close(), () => payload.destroy(), () => redis.disconnect())
}
