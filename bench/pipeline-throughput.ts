/**
 * Pipeline throughput: N funding-file transitions end to end (committed move → outbox → relay → event job →
 * timers cancelled and scheduled → notify job → mail job → SMTP server on loopback, every mail recorded `sent`
 * in `notifications`), in transitions/s, against Payload alone updating the same documents.
 *
 * The move is `submitted → info_requested` by a coordinator (moveFundingFile, as POST /transition does): the
 * plan cancels the file's three T2 reminders, schedules three T3 ones and notifies the coordinators (one mail).
 * Measured twice, on N files each:
 *   one process:   the moves, the relay and every worker in this process (one core at most);
 *   two processes: as deployed, the moves made by a web process of their own (bench/lib/web-process.ts) and the
 *                  relay and workers in this one (the worker process): each side has a core.
 * Baseline: `payload.update` of the same rows (same fields and values, same patch) in `bench-files`, a clone of
 * the collection without essaim's hooks and access, with the same concurrency, in one process; measured before,
 * between and after the two runs and averaged (the machine is shared). CPU time per transition (both processes)
 * and per baseline update is given beside the rates: it does not depend on the topology or on the machine's load.
 * The mail rate limit is off (MAIL_RATE_PER_SECOND=0).
 *
 *   npx tsx bench/pipeline-throughput.ts        (BENCH_PIPELINE_N=200, BENCH_CONCURRENCY=4)
 */
import { performance } from 'node:perf_hooks'
import { finishBench, useBenchEnv } from './lib/env'
import { emit, intArg, loadSampler, note, pool, round, waitUntil } from './lib/report'
import { startSmtpSink } from './lib/smtp-sink'
import { installSqlCounter, perUnit, sqlCounts, type SqlCounts } from './lib/sql-counter'
import { startWebProcess } from './lib/web-process'
import { addTimersFor, cloneRows, seedTemplate } from './lib/world'
import { settle } from '../tests/helpers/pipeline'

const N = intArg('BENCH_PIPELINE_N', 200)
const CONCURRENCY = intArg('BENCH_CONCURRENCY', 4)
const BUDGET_MS = intArg('BENCH_PIPELINE_BUDGET_MS', 240_000)
/** Moves and updates made before measuring, on rows of their own, so that neither side is measured cold. */
const WARMUP = 20

/** CPU time (user + system, ms) this process used since `start`. */
const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1000
}

/** Adds two statement counts (the two processes' shares of one transition). */
const addCounts = (a: SqlCounts, b: SqlCounts): SqlCounts => {
  const byKind: Record<string, number> = { ...a.byKind }
  for (const [kind, n] of Object.entries(b.byKind)) byKind[kind] = round((byKind[kind] ?? 0) + n, 1)
  return { total: round(a.total + b.total, 1), byKind, connections: round(a.connections + b.connections, 1) }
}

installSqlCounter()
const env = await useBenchEnv('pipeline')
const sink = await startSmtpSink(env.smtpPort)
note('boot: Payload')
const { bootBench } = await import('./lib/boot')
const payload = await bootBench()
const { startWorkerRuntime } = await import('../jobs/plumbing/workers')
const { moveFundingFile, actorOf } = await import('../collections/funding-files/move-service')
const { loadFile, patchToData } = await import('../collections/funding-files/facts')
const { transition } = await import('../src/workflow')
note('boot: worker runtime')
const runtime = await startWorkerRuntime(payload, { mailRatePerSecond: 0 })
note('boot: web process')
const web = await startWebProcess()
note('boot: ready')
let exitCode = 0

try {
  const deadline = Date.now() + BUDGET_MS
  note(`pipeline: seeding 2 × ${N} files in 'submitted' with their timers`)
  const seeded = await seedTemplate(payload, runtime)
  const allFiles = await cloneRows(payload, 'funding_files', 'funding_files', seeded.templateId, 2 * N + 2 * WARMUP, 'p')
  const timersAdded = await addTimersFor(runtime.queues.timers, allFiles, seeded.templateTimers)
  const allBench = await cloneRows(payload, 'funding_files', 'bench_files', seeded.templateId, N + WARMUP, 'b')
  const oneProcessIds = allFiles.slice(0, N)
  const twoProcessIds = allFiles.slice(N, 2 * N)
  const [warmFiles, warmWebFiles] = [allFiles.slice(2 * N, 2 * N + WARMUP), allFiles.slice(2 * N + WARMUP)]
  const [benchIds, warmBench] = [allBench.slice(0, N), allBench.slice(N)]
  const coordinatorId = String(seeded.coordinator!.id)

  // The very patch the move writes (status + timer sequence), computed by the workflow from the template.
  const loaded = await loadFile(payload, seeded.templateId)
  const planned = transition(loaded!.facts, 'info_requested', actorOf(seeded.coordinator), new Date())
  if (!planned.ok) throw new Error(`the bench move is refused: ${planned.message.en}`)
  const forward = patchToData(planned.patch as Record<string, unknown>)
  const back = { status: 'submitted', timerSeq: loaded!.file.timerSeq ?? {} }

  let baselineStatements: SqlCounts | undefined
  const baselineCpuMs: number[] = []
  const baseline = async (data: Record<string, unknown>) => {
    const s0 = sqlCounts()
    const c0 = process.cpuUsage()
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
    baselineCpuMs.push(cpuMsSince(c0) / done)
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
  await web.moveMany({ fileIds: warmWebFiles, userId: coordinatorId, to: 'info_requested', concurrency: CONCURRENCY })
  await waitUntil('the warm-up mails', () => sink.count() >= warmSink + 2 * WARMUP, 60_000, 50)
  await settle(payload, runtime, 60_000)

  const count = async (collection: 'outbox-events' | 'audit-events' | 'notifications', where: Record<string, unknown>) =>
    (await payload.count({ collection, where: where as never, overrideAccess: true })).totalDocs

  /** N moves made by `moveAll`, until every mail is accepted and every delivery row `sent`; with their checks. */
  /** `moveAll` returns how many moves committed, and the CPU time and statements of the process that made them if not this one. */
  const measure = async (label: string, ids: string[], moveAll: () => Promise<{ moved: number; cpuMs: number; sql: SqlCounts }>) => {
    note(`pipeline: ${N} moves through essaim, ${label}`)
    const sinkBefore = sink.count()
    const s0 = sqlCounts()
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    // For CPU profiles (node --cpu-prof): the measured window on the profile's clock (µs).
    if (process.env.BENCH_MARK_PHASES) note(`phase start ${label} ${process.hrtime.bigint() / 1000n}`)
    const side = await moveAll()
    const committed = performance.now()
    if (side.moved < N) throw new Error(`${label}: only ${side.moved}/${N} moves committed within the budget`)
    await waitUntil('every mail at the SMTP server', () => sink.count() >= sinkBefore + N, Math.max(1000, deadline - Date.now()), 50)
    const sent = { and: [{ file: { in: ids } }, { status: { equals: 'sent' } }] }
    await waitUntil('every delivery recorded as sent', async () => (await count('notifications', sent)) >= N, Math.max(1000, deadline - Date.now()), 50)
    const ended = performance.now()
    if (process.env.BENCH_MARK_PHASES) note(`phase end ${label} ${process.hrtime.bigint() / 1000n}`)
    // This process's share, plus the web process's when the moves were made there.
    const cpuMs = cpuMsSince(c0) + side.cpuMs
    const statements = addCounts(perUnit(s0, sqlCounts(), N), perUnit({ total: 0, byKind: {}, connections: 0 }, side.sql, N))
    await settle(payload, runtime, 30_000)
    // Nothing dropped: one published outbox event, one audit entry, one sent delivery and one mail per move.
    const checks = {
      outboxPublished: await count('outbox-events', { and: [{ aggregateId: { in: ids } }, { status: { equals: 'published' } }] }),
      outboxPending: await count('outbox-events', { status: { equals: 'pending' } }),
      audit: await count('audit-events', { and: [{ file: { in: ids } }, { to: { equals: 'info_requested' } }] }),
      deliveriesSent: await count('notifications', sent),
      mailsAccepted: sink.count() - sinkBefore,
    }
    return {
      transitionsPerSec: N / ((ended - t0) / 1000),
      commitPhasePerSec: round(N / ((committed - t0) / 1000)),
      drainAfterLastCommitMs: round(ended - committed, 0),
      cpuMsPerTransition: round(cpuMs / N, 1),
      sqlPerTransition: statements,
      checks,
      nothingDropped:
        checks.outboxPublished === N && checks.outboxPending === 0 && checks.audit === N && checks.deliveriesSent === N && checks.mailsAccepted === N,
    }
  }

  const load = loadSampler()
  note('pipeline: baseline pass 1 (payload.update on bench-files)')
  const passes = [await baseline(forward)]

  const one = await measure('one process', oneProcessIds, async () => {
    const moved = await pool(
      N,
      CONCURRENCY,
      async (i) => {
        await moveFundingFile(payload, { id: oneProcessIds[i], kind: 'transition', to: 'info_requested', user: seeded.coordinator })
      },
      deadline,
    )
    return { moved, cpuMs: 0, sql: { total: 0, byKind: {}, connections: 0 } }
  })
  // Where the worker's time goes: mean processing time of the completed jobs of each queue (one-process run).
  const jobMs: Record<string, number> = {}
  for (const queue of Object.values(runtime.queues)) {
    const jobs = await queue.getJobs(['completed'], 0, 499)
    const spans = jobs.filter((j) => j.finishedOn && j.processedOn).map((j) => j.finishedOn! - j.processedOn!)
    if (spans.length) jobMs[queue.name] = round(spans.reduce((a, b) => a + b, 0) / spans.length, 1)
  }

  note('pipeline: baseline pass 2')
  passes.push(await baseline(back))

  const two = await measure('two processes', twoProcessIds, async () => {
    const done = await web.moveMany({ fileIds: twoProcessIds, userId: coordinatorId, to: 'info_requested', concurrency: CONCURRENCY })
    if (done.error) throw new Error(`web process: ${done.error}`)
    return { moved: done.committed, cpuMs: done.cpuMs, sql: done.sql }
  })

  note('pipeline: baseline pass 3')
  passes.push(await baseline(forward))
  const adapter = await adapterOnly(back)
  const machineLoad = load.stop()

  const baselineRate = passes.reduce((a, b) => a + b, 0) / passes.length
  const baselineCpu = baselineCpuMs.reduce((a, b) => a + b, 0) / Math.max(1, baselineCpuMs.length)
  const failedJobs = (await Promise.all(Object.values(runtime.queues).map((q) => q.getFailedCount()))).reduce((a, b) => a + b, 0)
  const timers = { pending: await runtime.queues.timers.getDelayedCount(), expected: (2 * N + 2 * WARMUP + 1) * seeded.templateTimers.length }
  const ratioOf = (run: { transitionsPerSec: number }) => round(run.transitionsPerSec / baselineRate, 3)
  const report = (run: typeof one) => ({ ...run, transitionsPerSec: round(run.transitionsPerSec), ratio: ratioOf(run), met: ratioOf(run) >= 0.5 })
  emit('pipeline-throughput', {
    n: N,
    concurrency: CONCURRENCY,
    oneProcess: report(one),
    twoProcesses: report(two),
    baseline: 'payload.update, same rows in a hook-less clone collection, one process',
    baselinePerSec: round(baselineRate),
    baselinePasses: passes.map((p) => round(p)),
    cpuMsPerBaselineUpdate: round(baselineCpu, 1),
    // CPU per transition (both processes) over CPU per baseline update: the ratio a single core would give.
    cpuRatio: round(baselineCpu / two.cpuMsPerTransition, 3),
    sqlPerBaselineUpdate: baselineStatements,
    adapterOnlyPerSec: round(adapter),
    meanJobMs: jobMs,
    target: '>= 0.5',
    timersSeededPerFile: seeded.templateTimers.length,
    timersSeeded: timersAdded,
    timers,
    failedJobs,
    nothingDropped: one.nothingDropped && two.nothingDropped && failedJobs === 0 && timers.pending === timers.expected,
    load: machineLoad,
  })
} catch (error) {
  exitCode = 1
  note(`pipeline-throughput failed: ${error instanceof Error ? error.stack : String(error)}`)
  emit('pipeline-throughput', { error: error instanceof Error ? error.message : String(error) })
} finally {
  await finishBench(env, exitCode, () => web.stop(), () => runtime.close(2000), () => sink.close(), () => payload.destroy())
}
