/**
 * Soak: many funding-file transitions (20,000 by default) through a web process and a worker process on one SQLite
 * file, as deployed, watching what a long-running process must not do: grow (RSS), pause (event loop), lose or
 * repeat work. Not part of `npm run bench`: `npm run bench:soak`, or `npm run bench:soak -- --transitions 2000`.
 *
 * The moves are made by the web process (bench/lib/web-process.ts, moveFundingFile as POST /transition does), in
 * rounds over a fixed set of files: `submitted → info_requested` then `info_requested → submitted`, and again.
 * Each move cancels three timers, schedules three, and mails the coordinators once (SMTP sink on loopback, each
 * Message-ID kept). This process is the worker (relay and every worker). A round starts only once every mail of
 * the rounds before arrived: a file never moves back before its mail is out (notify skips a mail whose state is
 * gone), and the worker's backlog stays under one round: a steady state, not a queue filling up.
 *
 * Each process is probed every BENCH_PROBE_MS (5 s): RSS, heap, open file descriptors and the longest event-loop
 * pause (monitorEventLoopDelay; the web process's probe is switched on by BENCH_PROBE_FILE). Targets: after the
 * warm-up (the first 20 % of the moves), RSS stays within 25 % of its value at the end of the warm-up, and no
 * pause exceeds 500 ms; every outbox event published, every move audited and mailed once, no Message-ID twice.
 * Baseline, as in the pipeline benchmark: `payload.update` of the same fields on a hook-less clone collection,
 * 4 at a time, in this process, before and after the soak (averaged); the ratio is the soak's rate over it.
 *
 *   --transitions N (or BENCH_SOAK_TRANSITIONS, 20000); BENCH_SOAK_FILES (500), BENCH_CONCURRENCY (4),
 *   BENCH_SOAK_BUDGET_S (1800: no new round starts past it, and the line says how many moves were made).
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { finishBench, useBenchEnv } from './lib/env'
import { PROBE_FILE_ENV, readProbeFile, startProbe, type ProbeSample } from './lib/loop-probe'
import { emit, intArg, loadSampler, note, pool, round, waitUntil } from './lib/report'
import { startSmtpSink } from './lib/smtp-sink'
import { installSqlCounter, sqlCounts } from './lib/sql-counter'
import { startWebProcess } from './lib/web-process'
import { addTimersFor, cloneRows, seedTemplate } from './lib/world'
import { settle } from '../tests/helpers/pipeline'

/** `--transitions N` on the command line, else the env var, else the default. */
function transitionsArg(): number {
  const at = process.argv.indexOf('--transitions')
  const raw = at >= 0 ? process.argv[at + 1] : process.env.BENCH_SOAK_TRANSITIONS
  if (raw === undefined) return 20_000
  const n = Number(raw)
  if (!Number.isInteger(n) || n <= 0) {
    throw new Error(`--transitions attend un entier positif, reçu « ${raw} » / --transitions expects a positive integer, got "${raw}"`)
  }
  return n
}

const TRANSITIONS = transitionsArg()
const FILES = Math.min(intArg('BENCH_SOAK_FILES', 500), TRANSITIONS)
const CONCURRENCY = intArg('BENCH_CONCURRENCY', 4)
const BUDGET_MS = intArg('BENCH_SOAK_BUDGET_S', 1800) * 1000
const PROBE_MS = intArg('BENCH_PROBE_MS', 5000)
const BASELINE_N = 400
const WARMUP_SHARE = 0.2
const RSS_LIMIT = 1.25
const PAUSE_LIMIT_MS = 500

installSqlCounter()
const env = await useBenchEnv('soak', { BENCH_PROBE_MS: String(PROBE_MS) })
const webProbeFile = path.join(env.dir, `web-probe-${randomBytes(3).toString('hex')}.jsonl`)
const sink = await startSmtpSink(env.smtpPort)
note('boot: Payload')
const { bootBench } = await import('./lib/boot')
const payload = await bootBench()
const { startWorkerRuntime } = await import('../jobs/plumbing/workers')
const { loadFile, patchToData } = await import('../collections/funding-files/facts')
const { actorOf } = await import('../collections/funding-files/move-service')
const { transition } = await import('../src/workflow')
note('boot: worker runtime')
const runtime = await startWorkerRuntime(payload, { mailRatePerSecond: 0 })
note('boot: web process')
process.env[PROBE_FILE_ENV] = webProbeFile
const web = await startWebProcess()
delete process.env[PROBE_FILE_ENV]
note('boot: ready')
let exitCode = 0

/** A sample with the number of moves committed when it was taken. */
type Point = ProbeSample & { moves: number }

/** The highest value of the last third of a series over the highest of its first third (null when too short). */
function peakTrend(series: number[]): number | null {
  const third = Math.floor(series.length / 3)
  if (third < 2) return null
  return round(Math.max(...series.slice(-third)) / Math.max(...series.slice(0, third)), 3)
}

/** Per process: RSS at the end of the warm-up and after it, the longest pauses, descriptors. */
function verdict(points: Point[], warmupMoves: number) {
  const after = points.filter((p) => p.moves >= warmupMoves)
  const reference = after[0] ?? points[points.length - 1]
  const rssMax = Math.max(...after.map((p) => p.rssMb))
  const pauses = points.map((p) => p.maxPauseMs)
  return {
    samples: points.length,
    rssMbAtWarmupEnd: reference?.rssMb,
    rssMbMaxAfter: rssMax,
    rssMbAtEnd: points[points.length - 1]?.rssMb,
    rssGrowth: reference ? round(rssMax / reference.rssMb, 3) : null,
    rssMbMinAfter: Math.min(...after.map((p) => p.rssMb)),
    // A garbage-collected process's RSS is a saw-tooth: one sample at the end of the warm-up may fall in a trough.
    // Growth over time shows as the peaks rising: the highest of the last third after the warm-up over the highest
    // of its first third.
    rssPeakTrend: peakTrend(after.map((p) => p.rssMb)),
    heapUsedMbAtWarmupEnd: reference?.heapUsedMb,
    heapUsedMbMaxAfter: Math.max(...after.map((p) => p.heapUsedMb)),
    heapPeakTrend: peakTrend(after.map((p) => p.heapUsedMb)),
    maxPauseMs: Math.max(...pauses),
    maxPauseMsAfterWarmup: Math.max(...after.map((p) => p.maxPauseMs)),
    pausesOver500: pauses.filter((p) => p > PAUSE_LIMIT_MS).length,
    fdsAtStart: points[0]?.fds,
    fdsMax: Math.max(...points.map((p) => p.fds)),
    fdsAtEnd: points[points.length - 1]?.fds,
  }
}

/** One row per minute: moves, RSS (last) and longest pause of each process. */
function perMinute(start: number, worker: Point[], webPoints: Point[]) {
  const minuteOf = (p: Point) => Math.floor((p.at - start) / 60_000)
  const minutes = [...new Set([...worker, ...webPoints].map(minuteOf))].sort((a, b) => a - b)
  return minutes.map((m) => {
    const w = worker.filter((p) => minuteOf(p) === m)
    const v = webPoints.filter((p) => minuteOf(p) === m)
    const last = (ps: Point[]) => ps[ps.length - 1]
    return {
      minute: m,
      moves: Math.max(...[...w, ...v].map((p) => p.moves)),
      webRssMb: last(v)?.rssMb,
      workerRssMb: last(w)?.rssMb,
      webMaxPauseMs: v.length ? Math.max(...v.map((p) => p.maxPauseMs)) : null,
      workerMaxPauseMs: w.length ? Math.max(...w.map((p) => p.maxPauseMs)) : null,
      webFds: last(v)?.fds,
      workerFds: last(w)?.fds,
    }
  })
}

try {
  const deadline = Date.now() + BUDGET_MS
  note(`soak: seeding ${FILES} files in 'submitted' with their timers`)
  const seeded = await seedTemplate(payload, runtime)
  const files = await cloneRows(payload, 'funding_files', 'funding_files', seeded.templateId, FILES, 's')
  await addTimersFor(runtime.queues.timers, files, seeded.templateTimers)
  const benchIds = await cloneRows(payload, 'funding_files', 'bench_files', seeded.templateId, BASELINE_N, 'b')
  const coordinatorId = String(seeded.coordinator!.id)
  // The coordinator who moves a file is not mailed about their own move (workflow-actor-notice): a second
  // coordinator receives each move's mail, one per move.
  await payload.create({
    collection: 'users',
    data: { name: 'Coordination (soak)', email: `soak-${randomBytes(4).toString('hex')}@example.org`, password: randomBytes(12).toString('hex'), role: 'coordinator' },
    overrideAccess: true,
    context: { skipWelcomeMail: true },
  } as never)

  // The baseline writes the very patch the move writes (status + timer sequence), back and forth.
  const loaded = await loadFile(payload, seeded.templateId)
  const planned = transition(loaded!.facts, 'info_requested', actorOf(seeded.coordinator), new Date())
  if (!planned.ok) throw new Error(`the soak move is refused: ${planned.message.en}`)
  const forward = patchToData(planned.patch as Record<string, unknown>)
  const back = { status: 'submitted', timerSeq: loaded!.file.timerSeq ?? {} }
  const baseline = async (data: Record<string, unknown>) => {
    const t0 = performance.now()
    const done = await pool(BASELINE_N, CONCURRENCY, async (i) => {
      await payload.update({ collection: 'bench-files', id: benchIds[i], data, depth: 0, overrideAccess: true } as never)
    })
    return done / ((performance.now() - t0) / 1000)
  }
  note('soak: baseline (payload.update on bench-files)')
  const baselineRates = [await baseline(forward)]

  const mailsBefore = sink.count()
  const load = loadSampler(10_000)
  let moves = 0
  const workerPoints: Point[] = []
  const probe = startProbe(PROBE_MS, (sample) => workerPoints.push({ ...sample, moves }))
  // The web probe's samples carry no move count: each gets the count of the moment it is read (every 5 s).
  const webMoves = new Map<number, number>()
  const webTick = setInterval(() => {
    for (const s of readProbeFile(webProbeFile)) if (!webMoves.has(s.at)) webMoves.set(s.at, moves)
  }, PROBE_MS)
  webTick.unref()
  const worker0 = sqlCounts()
  let webConnections = 0
  let webSql = 0
  const start = Date.now()
  const t0 = performance.now()

  for (let r = 0; moves < TRANSITIONS && Date.now() < deadline; r++) {
    const to = r % 2 === 0 ? 'info_requested' : 'submitted'
    const ids = files.slice(0, Math.min(FILES, TRANSITIONS - moves))
    // Steady state: the worker has mailed every move so far. It must, before a file moves back: notify checks the
    // file again before rendering and sends nothing once the state its mail speaks of is gone (commit 80f8fd8).
    const caughtUp = await waitUntil(`the mails of round ${r - 1}`, () => sink.count() - mailsBefore >= moves, Math.max(1000, deadline - Date.now()), 50)
      .then(() => true)
      .catch(() => false)
    // Out of time: no more moves; what was moved is still checked below.
    if (!caughtUp) break
    const done = await web.moveMany({ fileIds: ids, userId: coordinatorId, to, concurrency: CONCURRENCY })
    moves += done.committed
    webConnections += done.sql.connections
    webSql += done.sql.total
    if (done.error || done.committed < ids.length) throw new Error(`web process, round ${r}: ${done.committed}/${ids.length} moves (${done.error ?? 'stopped'})`)
    if (r % 4 === 3) note(`soak: ${moves}/${TRANSITIONS} moves, ${sink.count() - mailsBefore} mails, ${Math.round((Date.now() - start) / 1000)} s`)
  }
  const committed = performance.now()
  await waitUntil('every mail at the SMTP server', () => sink.count() - mailsBefore >= moves, Math.max(120_000, deadline + 300_000 - Date.now()), 100)
  const ended = performance.now()
  probe.stop()
  clearInterval(webTick)
  const workerSql = sqlCounts()
  await settle(payload, runtime, 120_000)
  const machineLoad = load.stop()

  note('soak: baseline again, and the checks')
  baselineRates.push(await baseline(back))
  const baselinePerSec = baselineRates.reduce((a, b) => a + b, 0) / baselineRates.length

  const count = async (collection: 'outbox-events' | 'audit-events' | 'notifications', where: Record<string, unknown>) =>
    (await payload.count({ collection, where: where as never, overrideAccess: true })).totalDocs
  const onFiles = { aggregateId: { in: files } }
  const arrivals = sink.arrivals.slice(mailsBefore)
  const messageIds = arrivals.map((a) => a.messageId)
  const failedJobs = (await Promise.all(Object.values(runtime.queues).map((q) => q.getFailedCount()))).reduce((a, b) => a + b, 0)
  const checks = {
    moves,
    outboxEvents: await count('outbox-events', onFiles),
    outboxPublished: await count('outbox-events', { and: [onFiles, { status: { equals: 'published' } }] }),
    outboxPending: await count('outbox-events', { status: { not_equals: 'published' } }),
    audit: await count('audit-events', { file: { in: files } }),
    deliveriesSent: await count('notifications', { and: [{ file: { in: files } }, { status: { equals: 'sent' } }] }),
    deliveries: await count('notifications', { file: { in: files } }),
    mailsAccepted: arrivals.length,
    distinctMessageIds: new Set(messageIds).size,
    mailsWithoutMessageId: messageIds.filter((id) => !id).length,
    timersPending: await runtime.queues.timers.getDelayedCount(),
    timersExpected: (FILES + 1) * seeded.templateTimers.length,
    failedJobs,
  }
  const nothingLost =
    checks.outboxEvents === moves &&
    checks.outboxPublished === moves &&
    checks.outboxPending === 0 &&
    checks.audit === moves &&
    checks.deliveries === moves &&
    checks.deliveriesSent === moves &&
    checks.timersPending === checks.timersExpected &&
    failedJobs === 0
  const noMailTwice = checks.mailsAccepted === moves && checks.distinctMessageIds === moves && checks.mailsWithoutMessageId === 0

  const webPoints: Point[] = readProbeFile(webProbeFile)
    .filter((s) => s.at >= start)
    .map((s) => ({ ...s, moves: webMoves.get(s.at) ?? moves }))
  const warmupMoves = Math.ceil(moves * WARMUP_SHARE)
  const processes = { web: verdict(webPoints, warmupMoves), worker: verdict(workerPoints, warmupMoves) }
  const rateOf = (ms: number) => moves / (ms / 1000)
  const transitionsPerSec = rateOf(ended - t0)
  const both = Object.values(processes)
  emit('soak', {
    transitions: moves,
    asked: TRANSITIONS,
    files: FILES,
    concurrency: CONCURRENCY,
    seconds: round((ended - t0) / 1000, 0),
    transitionsPerSec: round(transitionsPerSec),
    commitPhasePerSec: round(rateOf(committed - t0)),
    baseline: 'payload.update, same fields, hook-less clone collection, 4 at a time, worker process, before and after',
    baselinePerSec: round(baselinePerSec),
    baselinePasses: baselineRates.map((r) => round(r)),
    ratio: round(transitionsPerSec / baselinePerSec, 3),
    warmupMoves,
    processes,
    sqliteConnectionsOpened: { web: webConnections, worker: workerSql.connections - worker0.connections },
    sqlStatementsPerTransition: round((webSql + workerSql.total - worker0.total) / Math.max(1, moves), 1),
    checks,
    nothingLost,
    noMailTwice,
    rssFlat: both.every((p) => p.rssGrowth !== null && p.rssGrowth <= RSS_LIMIT),
    rssPeaksFlat: both.every((p) => p.rssPeakTrend !== null && p.rssPeakTrend <= RSS_LIMIT),
    noPauseOver500ms: both.every((p) => p.maxPauseMs <= PAUSE_LIMIT_MS),
    target: `RSS within ${RSS_LIMIT}x of its end-of-warm-up value, no event-loop pause over ${PAUSE_LIMIT_MS} ms, nothing lost or sent twice`,
    perMinute: perMinute(start, workerPoints, webPoints),
    load: machineLoad,
  })
} catch (error) {
  exitCode = 1
  note(`soak failed: ${error instanceof Error ? error.stack : String(error)}`)
  emit('soak', { error: error instanceof Error ? error.message : String(error) })
} finally {
  await finishBench(env, exitCode, () => web.stop(), () => runtime.close(2000), () => sink.close(), () => payload.destroy())
}
