/**
 * Latency at a steady moderate rate (open loop: one move every 1000/RATE ms, whatever the previous one does):
 * - committed transition → mail accepted by the SMTP server on loopback (p50/p95/p99), and
 * - committed transition → event handler start (BullMQ `active`),
 * in two relay settings:
 *   shipped: the worker's relay polls every RELAY_POLL_MS (500 ms) and nothing wakes it. This is the production
 *            topology (web and worker are separate processes, and no code path wakes the relay across them);
 *   woken:   the producer calls `relay.wake()` right after its commit, which is possible only in-process.
 *            It shows what a cross-process wake-up would give.
 * Against Payload's own jobs queue doing the same hand-off: the document update and `payload.jobs.queue` in one
 * transaction, run by Payload's autoRun every second (getPayload({ cron: true }), `jobs.autoRun` cron
 * `* * * * * *`). Measured from commit to the task handler start.
 *
 * The default rate is 1/s: about a third of what bench 1 measures end to end on the shared machine (a "moderate"
 * rate must stay well below capacity, or the figures measure a queue; the line flags `saturated` runs).
 *
 *   npx tsx bench/latency.ts        (BENCH_LATENCY_RATE=1, BENCH_LATENCY_SECONDS=30)
 */
import { performance } from 'node:perf_hooks'
import { useBenchEnv } from './lib/env'
import { handoffTimes } from './lib/handoff'
import { dropQueuePrefix } from './lib/redis'
import { emit, intArg, loadSampler, note, round, summary, waitUntil, within } from './lib/report'
import { startSmtpSink } from './lib/smtp-sink'
import { addTimersFor, cloneRows, seedTemplate } from './lib/world'

const RATE = intArg('BENCH_LATENCY_RATE', 1)
const SECONDS = intArg('BENCH_LATENCY_SECONDS', 30)
const SHIPPED_SECONDS = intArg('BENCH_LATENCY_SHIPPED_SECONDS', 15)
const PAYLOAD_SECONDS = intArg('BENCH_LATENCY_PAYLOAD_SECONDS', 15)
const WARMUP = 10

const env = await useBenchEnv('latency', { BENCH_PAYLOAD_AUTORUN: '1' })
const sink = await startSmtpSink(env.smtpPort)
note('boot: Payload')
const { bootBench } = await import('./lib/boot')
const payload = await bootBench({ cron: true })
const { startWorkerRuntime } = await import('../jobs/workers')
const { moveFundingFile } = await import('../collections/funding-files/move-service')
const { inTransaction } = await import('../src/lib/transaction')
const { createLocalReq } = await import('payload')
note('boot: worker runtime')
const runtime = await startWorkerRuntime(payload, { mailRatePerSecond: 0 })
note('boot: ready')
const eventsWorker = runtime.workers.find((w) => w.name === 'events')!
let exitCode = 0

/**
 * Launches `count` calls of `work(i)` at `rate` per second on average, without waiting for one to end before the
 * next (open loop). Arrivals are Poisson (exponential gaps, capped at 5 mean gaps), so that they fall at every phase
 * of a polling tick: evenly spaced arrivals at a rate dividing the tick would sample only one or two phases.
 */
async function openLoop(count: number, rate: number, work: (i: number) => Promise<void>): Promise<void> {
  const start = performance.now()
  const running: Promise<void>[] = []
  let due = start
  for (let i = 0; i < count; i++) {
    if (i > 0) due += (Math.min(5, -Math.log(1 - Math.random())) * 1000) / rate
    const wait = due - performance.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    running.push(work(i))
  }
  await Promise.all(running)
}

/**
 * True when the latencies grow through the run (the last third's median well above the first third's): the rate
 * exceeded what the machine gave the pipeline at the time, and the figures measure a queue, not the path.
 */
function saturated(inOrder: number[]): boolean {
  const third = Math.floor(inOrder.length / 3)
  if (third < 3) return false
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  return median(inOrder.slice(-third)) > 2 * median(inOrder.slice(0, third)) + 100
}

try {
  const total = WARMUP + RATE * (SECONDS + SHIPPED_SECONDS)
  note(`latency: seeding ${total} files`)
  const seeded = await seedTemplate(payload, runtime)
  const fileIds = await cloneRows(payload, 'funding_files', 'funding_files', seeded.templateId, total, 'l')
  await addTimersFor(runtime.queues.timers, fileIds, seeded.templateTimers)
  const payloadDocs = await cloneRows(payload, 'funding_files', 'bench_files', seeded.templateId, WARMUP + RATE * PAYLOAD_SECONDS, 'q')

  const handlerStart = new Map<string, number>()
  eventsWorker.on('active', (job) => {
    const fileId = (job.data as { aggregateId?: string }).aggregateId
    if (fileId && !handlerStart.has(fileId)) handlerStart.set(fileId, performance.now())
  })
  const committedAt = new Map<string, number>()
  const move = (wake: boolean) => async (fileId: string) => {
    await moveFundingFile(payload, { id: fileId, kind: 'transition', to: 'info_requested', user: seeded.coordinator })
    committedAt.set(fileId, performance.now())
    if (wake) runtime.relay.wake()
  }

  /** Commit → mail accepted, and commit → handler start, for the given files (after their mails arrived). */
  const measure = async (ids: string[]) => {
    const idSet = new Set(ids)
    await waitUntil(
      'the mails of the measured moves',
      async () => {
        const { totalDocs } = await payload.count({
          collection: 'notifications',
          where: { and: [{ file: { in: ids } }, { status: { equals: 'sent' } }] },
          overrideAccess: true,
        })
        return totalDocs >= ids.length
      },
      60_000,
      200,
    )
    const rows = await payload.find({
      collection: 'notifications',
      where: { file: { in: ids } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { file: true, messageId: true },
    })
    const fileOfMessage = new Map(rows.docs.map((r) => [String(r.messageId), String(r.file)]))
    const toMail: number[] = []
    for (const arrival of sink.arrivals) {
      const fileId = fileOfMessage.get(arrival.messageId)
      if (fileId && idSet.has(fileId)) toMail.push(arrival.at - committedAt.get(fileId)!)
    }
    const toHandler = ids.filter((id) => handlerStart.has(id)).map((id) => handlerStart.get(id)! - committedAt.get(id)!)
    return { mail: summary(toMail), handler: summary(toHandler), saturated: saturated(toHandler) }
  }

  const load = loadSampler()
  note('latency: warm-up')
  await openLoop(WARMUP, RATE, (i) => move(true)(fileIds[i]))
  await measure(fileIds.slice(0, WARMUP))
  let next = WARMUP
  const slice = (n: number) => {
    const ids = fileIds.slice(next, next + n)
    next += n
    return ids
  }

  note(`latency: woken relay, ${RATE}/s for ${SECONDS} s`)
  const wokenIds = slice(RATE * SECONDS)
  await openLoop(wokenIds.length, RATE, (i) => move(true)(wokenIds[i]))
  const woken = await measure(wokenIds)

  note(`latency: shipped relay (poll ${process.env.RELAY_POLL_MS} ms, no wake), ${RATE}/s for ${SHIPPED_SECONDS} s`)
  const shippedIds = slice(RATE * SHIPPED_SECONDS)
  await openLoop(shippedIds.length, RATE, (i) => move(false)(shippedIds[i]))
  const shipped = await measure(shippedIds)

  note(`latency: Payload jobs queue (autoRun every second), ${RATE}/s for ${PAYLOAD_SECONDS} s`)
  const queuedAt = new Map<string, number>()
  const handOff = async (id: string) => {
    const req = await createLocalReq({}, payload)
    await inTransaction(req, async () => {
      await payload.update({ collection: 'bench-files', id, data: { status: 'info_requested' }, depth: 0, overrideAccess: true, req } as never)
      await payload.jobs.queue({ task: 'benchHandoff', input: { key: id }, queue: 'bench', req } as never)
    })
    queuedAt.set(id, performance.now())
  }
  await openLoop(WARMUP, RATE, (i) => handOff(payloadDocs[i]))
  const measuredDocs = payloadDocs.slice(WARMUP)
  await openLoop(measuredDocs.length, RATE, (i) => handOff(measuredDocs[i]))
  await waitUntil('every Payload job handler', () => measuredDocs.every((id) => handoffTimes().has(id)), 30_000, 100)
  const payloadQueue = summary(measuredDocs.map((id) => handoffTimes().get(id)! - queuedAt.get(id)!))
  const machineLoad = load.stop()

  const ratioShipped = payloadQueue.p50 / shipped.handler.p50
  const ratioWoken = payloadQueue.p50 / woken.handler.p50
  emit('latency', {
    ratePerSec: RATE,
    commitToMailMs: { woken: woken.mail, shipped: shipped.mail },
    commitToHandlerMs: { woken: woken.handler, shipped: shipped.handler, payloadJobsQueue: payloadQueue },
    saturated: { woken: woken.saturated, shipped: shipped.saturated },
    relayPollMs: Number(process.env.RELAY_POLL_MS),
    targetMailP95Ms: 250,
    mailP95Met: { woken: woken.mail.p95 < 250, shipped: shipped.mail.p95 < 250 },
    baseline: "Payload jobs queue: update + payload.jobs.queue in one transaction, autoRun cron '* * * * * *'",
    handlerP50Ratio: { woken: round(ratioWoken, 1), shipped: round(ratioShipped, 1) },
    targetHandlerRatio: '>= 100',
    handlerRatioMet: { woken: ratioWoken >= 100, shipped: ratioShipped >= 100 },
    load: machineLoad,
  })
} catch (error) {
  exitCode = 1
  note(`latency failed: ${error instanceof Error ? error.stack : String(error)}`)
  emit('latency', { error: error instanceof Error ? error.message : String(error) })
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
