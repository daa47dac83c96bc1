/**
 * Pipeline throughput: N funding-file transitions end to end (committed move → outbox → relay → event job →
 * timers cancelled and scheduled → notify job → mail job → SMTP server on loopback, every mail recorded `sent`
 * in `notifications`), in transitions/s, against Payload alone updating the same documents.
 *
 * The move is `submitted → info_requested` by a coordinator (moveFundingFile, as POST /transition does): the
 * plan cancels the file's three T2 reminders, schedules three T3 ones and notifies the coordinators (one mail).
 * Baseline: `payload.update` of the same rows (same fields and values, same patch) in `bench-files`, a clone of
 * the collection without essaim's hooks and access, with the same concurrency; measured before and after the
 * pipeline run and averaged (the machine is shared). The mail rate limit is off (MAIL_RATE_PER_SECOND=0).
 *
 *   npx tsx bench/pipeline-throughput.ts        (BENCH_PIPELINE_N=200, BENCH_CONCURRENCY=4)
 */
import { performance } from 'node:perf_hooks'
import { useBenchEnv } from './lib/env'
import { dropQueuePrefix } from './lib/redis'
import { emit, intArg, loadSampler, note, pool, round, waitUntil, within } from './lib/report'
import { startSmtpSink } from './lib/smtp-sink'
import { installSqlCounter, perUnit, sqlCounts, type SqlCounts } from './lib/sql-counter'
import { addTimersFor, cloneRows, seedTemplate } from './lib/world'
import { settle } from '../tests/helpers/pipeline'

const N = intArg('BENCH_PIPELINE_N', 200)
const CONCURRENCY = intArg('BENCH_CONCURRENCY', 4)
const BUDGET_MS = intArg('BENCH_PIPELINE_BUDGET_MS', 240_000)
/** Moves and updates made before measuring, on rows of their own, so that neither side is measured cold. */
const WARMUP = 20

installSqlCounter()
const env = await useBenchEnv('pipeline')
const sink = await startSmtpSink(env.smtpPort)
note('boot: Payload')
const { bootBench } = await import('./lib/boot')
const payload = await bootBench()
const { startWorkerRuntime } = await import('../jobs/workers')
const { moveFundingFile, actorOf } = await import('../collections/funding-files/move-service')
const { loadFile, patchToData } = await import('../collections/funding-files/facts')
const { transition } = await import('../src/workflow')
note('boot: worker runtime')
const runtime = await startWorkerRuntime(payload, { mailRatePerSecond: 0 })
note('boot: ready')
let exitCode = 0

try {
  const deadline = Date.now() + BUDGET_MS
  note(`pipeline: seeding ${N} files in 'submitted' with their timers`)
  const seeded = await seedTemplate(payload, runtime)
  const allFiles = await cloneRows(payload, 'funding_files', 'funding_files', seeded.templateId, N + WARMUP, 'p')
  const timersAdded = await addTimersFor(runtime.queues.timers, allFiles, seeded.templateTimers)
  const allBench = await cloneRows(payload, 'funding_files', 'bench_files', seeded.templateId, N + WARMUP, 'b')
  const [fileIds, warmFiles] = [allFiles.slice(0, N), allFiles.slice(N)]
  const [benchIds, warmBench] = [allBench.slice(0, N), allBench.slice(N)]

  // The very patch the move writes (status + timer sequence), computed by the workflow from the template.
  const loaded = await loadFile(payload, seeded.templateId)
  const planned = transition(loaded!.facts, 'info_requested', actorOf(seeded.coordinator), new Date())
  if (!planned.ok) throw new Error(`the bench move is refused: ${planned.message.en}`)
  const forward = patchToData(planned.patch as Record<string, unknown>)
  const back = { status: 'submitted', timerSeq: loaded!.file.timerSeq ?? {} }

  let baselineStatements: SqlCounts | undefined
  const baseline = async (data: Record<string, unknown>) => {
    const s0 = sqlCounts()
    const t0 = performance.now()
    const done = await pool(
      N,
      CONCURRENCY,
      async (i) => {
        await payload.update({ collection: 'bench-files', id: benchIds[i], data, depth: 0, overrideAccess: true } as never)
      },
      deadline,
    )
    baselineStatements = perUnit(s0, sqlCounts(), done)
    return done / ((performance.now() - t0) / 1000)
  }
  const adapterOnly = async (data: Record<string, unknown>) => {
    const t0 = performance.now()
    const done = await pool(N, CONCURRENCY, async (i) => {
      await payload.db.updateOne({ collection: 'bench-files', id: benchIds[i], data, returning: false } as never)
    }, deadline)
    return done / ((performance.now() - t0) / 1000)
  }

  note('pipeline: warm-up')
  for (const id of warmBench) {
    await payload.update({ collection: 'bench-files', id, data: forward, depth: 0, overrideAccess: true } as never)
    await payload.db.updateOne({ collection: 'bench-files', id, data: back, returning: false } as never)
  }
  const warmSink = sink.count()
  await pool(WARMUP, CONCURRENCY, async (i) => {
    await moveFundingFile(payload, { id: warmFiles[i], kind: 'transition', to: 'info_requested', user: seeded.coordinator })
  })
  await waitUntil('the warm-up mails', () => sink.count() >= warmSink + WARMUP, 60_000, 50)
  await settle(payload, runtime, 60_000)

  const load = loadSampler()
  note('pipeline: baseline pass 1 (payload.update on bench-files)')
  const before = await baseline(forward)

  note(`pipeline: ${N} moves through essaim`)
  const count = async (collection: 'outbox-events' | 'audit-events', where: Record<string, unknown>) =>
    (await payload.count({ collection, where: where as never, overrideAccess: true })).totalDocs
  const movedEvents = { and: [{ type: { equals: 'file.moved' } }, { status: { equals: 'published' } }] }
  const outboxBefore = await count('outbox-events', movedEvents)
  const sinkBefore = sink.count()
  const s0 = sqlCounts()
  const t0 = performance.now()
  const moved = await pool(
    N,
    CONCURRENCY,
    async (i) => {
      await moveFundingFile(payload, { id: fileIds[i], kind: 'transition', to: 'info_requested', user: seeded.coordinator })
    },
    deadline,
  )
  const committed = performance.now()
  if (moved < N) throw new Error(`only ${moved}/${N} moves committed within the budget`)
  await waitUntil('every mail at the SMTP server', () => sink.count() >= sinkBefore + N, Math.max(1000, deadline - Date.now()), 50)
  const sentRows = async () =>
    (
      await payload.count({
        collection: 'notifications',
        where: { and: [{ kind: { equals: 'file.info_requested' } }, { status: { equals: 'sent' } }] },
        overrideAccess: true,
      })
    ).totalDocs
  await waitUntil('every delivery recorded as sent', async () => (await sentRows()) >= N + WARMUP, Math.max(1000, deadline - Date.now()), 50)
  const ended = performance.now()
  const essaimStatements = perUnit(s0, sqlCounts(), N)
  // Where the worker's time goes: mean processing time of the completed jobs of each queue.
  const jobMs: Record<string, number> = {}
  for (const queue of Object.values(runtime.queues)) {
    const jobs = await queue.getJobs(['completed'], 0, 499)
    const spans = jobs.filter((j) => j.finishedOn && j.processedOn).map((j) => j.finishedOn! - j.processedOn!)
    if (spans.length) jobMs[queue.name] = round(spans.reduce((a, b) => a + b, 0) / spans.length, 1)
  }

  note('pipeline: baseline pass 2')
  const after = await baseline(back)
  const adapter = await adapterOnly(forward)
  const machineLoad = load.stop()

  // Nothing dropped: one published outbox event, one audit entry, one sent delivery per move; timers swapped.
  const checks = {
    outboxPublished: (await count('outbox-events', movedEvents)) - outboxBefore,
    outboxPending: await count('outbox-events', { status: { equals: 'pending' } }),
    audit: (await count('audit-events', { to: { equals: 'info_requested' } })) - WARMUP,
    deliveriesSent: (await sentRows()) - WARMUP,
    mailsAccepted: sink.count() - sinkBefore,
    timersPending: await runtime.queues.timers.getDelayedCount(),
    timersExpected: (N + WARMUP + 1) * seeded.templateTimers.length,
    failedJobs: (await Promise.all(Object.values(runtime.queues).map((q) => q.getFailedCount()))).reduce((a, b) => a + b, 0),
  }
  const rate = N / ((ended - t0) / 1000)
  const baselineRate = (before + after) / 2
  emit('pipeline-throughput', {
    n: N,
    concurrency: CONCURRENCY,
    transitionsPerSec: round(rate),
    commitPhasePerSec: round(N / ((committed - t0) / 1000)),
    drainAfterLastCommitMs: round(ended - committed, 0),
    baseline: 'payload.update, same rows in a hook-less clone collection',
    baselinePerSec: round(baselineRate),
    baselinePasses: [round(before), round(after)],
    adapterOnlyPerSec: round(adapter),
    sqlPerTransition: essaimStatements,
    sqlPerBaselineUpdate: baselineStatements,
    meanJobMs: jobMs,
    ratio: round(rate / baselineRate, 3),
    target: '>= 0.5',
    met: rate / baselineRate >= 0.5,
    timersSeededPerFile: seeded.templateTimers.length,
    timersSeeded: timersAdded,
    checks,
    nothingDropped:
      checks.outboxPublished === N && checks.outboxPending === 0 && checks.audit === N && checks.deliveriesSent === N && checks.failedJobs === 0,
    load: machineLoad,
  })
} catch (error) {
  exitCode = 1
  note(`pipeline-throughput failed: ${error instanceof Error ? error.stack : String(error)}`)
  emit('pipeline-throughput', { error: error instanceof Error ? error.message : String(error) })
} finally {
  await within('shutdown', 20_000, (async () => {
    await runtime.close(2000)
    await sink.close()
    await payload.destroy()
  })()).catch(() => undefined)
  await dropQueuePrefix(env.redisUrl, env.queuePrefix).catch(() => undefined)
  env.cleanup()
  process.exit(exitCode)
}
