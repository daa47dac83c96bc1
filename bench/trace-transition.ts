/**
 * Diagnostics, not a benchmark (not in run-all):
 * 1. the SQL statements of ONE transition end to end (the move, the relay, the event job, the notify job, the mail
 *    job), in order, printed on stderr;
 * 2. the CPU time of each stage, measured stage by stage on BENCH_TRACE_MOVES more moves (the workers paused, then
 *    resumed one queue at a time, so that each stage runs alone in the process): where a transition's CPU goes.
 * One JSON line on stdout.
 *
 *   npx tsx bench/trace-transition.ts
 */
import { finishBench, useBenchEnv } from './lib/env'
import { emit, intArg, note, round, waitUntil } from './lib/report'
import { startSmtpSink } from './lib/smtp-sink'
import { installSqlCounter, sqlCounts, traceSql } from './lib/sql-counter'
import { addTimersFor, cloneRows, seedTemplate } from './lib/world'
import { settle } from '../tests/helpers/pipeline'

installSqlCounter()
const env = await useBenchEnv('trace')
const sink = await startSmtpSink(env.smtpPort)
const { bootBench } = await import('./lib/boot')
const payload = await bootBench()
const { startWorkerRuntime } = await import('../jobs/plumbing/workers')
const { moveFundingFile } = await import('../collections/funding-files/move-service')
const runtime = await startWorkerRuntime(payload, { mailRatePerSecond: 0 })
let exitCode = 0

try {
  const seeded = await seedTemplate(payload, runtime)
  const MOVES = intArg('BENCH_TRACE_MOVES', 40)
  const files = await cloneRows(payload, 'funding_files', 'funding_files', seeded.templateId, 3 + MOVES, 't')
  await addTimersFor(runtime.queues.timers, files, seeded.templateTimers)
  const move = async (id: string) => {
    const before = sink.count()
    await moveFundingFile(payload, { id, kind: 'transition', to: 'info_requested', user: seeded.coordinator })
    await waitUntil('the mail', () => sink.count() > before, 30_000, 5)
    await settle(payload, runtime, 30_000)
  }
  // Two warm moves: the first of each kind of statement compiles, and the relay's idle polls are not counted.
  await move(files[0])
  await move(files[1])
  await runtime.relay.stop()
  const c0 = sqlCounts().connections
  const recording = traceSql()
  const before = sink.count()
  await moveFundingFile(payload, { id: files[2], kind: 'transition', to: 'info_requested', user: seeded.coordinator })
  await runtime.relay.publishPending()
  await waitUntil('the mail', () => sink.count() > before, 30_000, 5)
  // The mail job marks the row sent after the SMTP answer: wait for that too.
  await waitUntil('the row sent', async () => (await runtime.queues.mail.getCompletedCount()) >= 3, 30_000, 5)
  const statements = recording.stop()
  const bySource: Record<string, number> = {}
  for (const s of statements) {
    bySource[s.from] = (bySource[s.from] ?? 0) + 1
    note(`${s.from.padEnd(58)} ${s.sql}`)
  }
  await settle(payload, runtime, 30_000)

  // 2. CPU per stage: each stage alone, on MOVES files.
  const staged = files.slice(3)
  const worker = (name: string) => runtime.workers.find((w) => w.name === name)!
  for (const name of ['events', 'notify', 'mail']) await worker(name).pause(true)
  const cpu: Record<string, number> = {}
  const stage = async (name: string, work: () => Promise<void>) => {
    const start = process.cpuUsage()
    await work()
    const { user, system } = process.cpuUsage(start)
    cpu[name] = round((cpu[name] ?? 0) + (user + system) / 1000 / MOVES, 1)
  }
  const drained = (queue: 'events' | 'notify' | 'mail') => async () => {
    worker(queue).resume()
    await waitUntil(`the ${queue} queue`, async () => {
      const counts = await runtime.queues[queue].getJobCounts('waiting', 'active', 'prioritized')
      return counts.waiting + counts.active + counts.prioritized === 0
    }, 60_000, 5)
  }
  const mailsBefore = sink.count()
  for (const id of staged) {
    await stage('move', () => moveFundingFile(payload, { id, kind: 'transition', to: 'info_requested', user: seeded.coordinator }).then(() => undefined))
    // One round per event, as when each commit wakes the relay (its `published` mark is written in the background).
    await stage('relay', () => runtime.relay.publishPending().then(() => new Promise((r) => setTimeout(r, 250))))
  }
  await stage('events', drained('events'))
  await stage('notify', drained('notify'))
  await stage('mail', async () => {
    await drained('mail')()
    await waitUntil('the mails', () => sink.count() >= mailsBefore + MOVES, 30_000, 5)
  })
  emit('trace-transition', {
    statements: statements.length,
    connectionsOpened: sqlCounts().connections - c0,
    bySource,
    cpuMsPerStage: cpu,
    cpuMsPerTransition: round(Object.values(cpu).reduce((a, b) => a + b, 0), 1),
  })
} catch (error) {
  exitCode = 1
  note(`trace failed: ${error instanceof Error ? error.stack : String(error)}`)
} finally {
  await finishBench(env, exitCode, () => runtime.close(2000), () => sink.close(), () => payload.destroy())
}
