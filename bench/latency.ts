/**
 * Latency at a steady moderate rate (open loop: one move every 1000/RATE ms, whatever the previous one does):
 * - committed transition → mail accepted by the SMTP server on loopback (p50/p95/p99), and
 * - committed transition → event handler start (BullMQ `active`),
 * in the production topology: the moves are made by a "web" process of their own (bench/lib/web-process.ts, its
 * own Payload on the same SQLite file), the relay and the workers run in this one; times are taken on the
 * monotonic clock both processes share. Two relay settings:
 *   shipped:   after the move's commit, the web process adds the event's job to BullMQ itself and PUBLISHes
 *              `<prefix>:outbox-wake`; the worker's relay, SUBSCRIBEd on its own connection, starts a round at
 *              once and marks the event published (it still polls every RELAY_POLL_MS as a safety net);
 *   poll only: the web process hands nothing over and the relay does not subscribe: it finds the events at its
 *              next poll (500 ms): what a lost hand-over costs (Redis away at the commit), and what the relay did
 *              before the wake-up existed.
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
import { finishBench, useBenchEnv } from './lib/env'
import { handoffTimes } from './lib/handoff'
import { emit, intArg, loadSampler, note, round, summary, waitUntil } from './lib/report'
import { startSmtpSink } from './lib/smtp-sink'
import { startWebProcess } from './lib/web-process'
import { addTimersFor, cloneRows, seedTemplate } from './lib/world'

const RATE = intArg('BENCH_LATENCY_RATE', 1)
const SECONDS = intArg('BENCH_LATENCY_SECONDS', 30)
const POLL_SECONDS = intArg('BENCH_LATENCY_POLL_SECONDS', 15)
const PAYLOAD_SECONDS = intArg('BENCH_LATENCY_PAYLOAD_SECONDS', 30)
const WARMUP = 10

const env = await useBenchEnv('latency', { BENCH_PAYLOAD_AUTORUN: '1' })
const sink = await startSmtpSink(env.smtpPort)
note('boot: Payload')
const { bootBench } = await import('./lib/boot')
const payload = await bootBench({ cron: true })
const { startWorkerRuntime } = await import('../jobs/plumbing/workers')
const { inTransaction } = await import('../src/lib/transaction')
const { createLocalReq } = await import('payload')
const { OutboxRelay } = await import('../src/outbox/relay')
const { olderEventsNotRun } = await import('../jobs/shared/event-order')
const { createLogger } = await import('../src/lib/logger')
note('boot: worker runtime')
const runtime = await startWorkerRuntime(payload, { mailRatePerSecond: 0 })
note('boot: web process')
const web = await startWebProcess()
note('boot: ready')
/** performance.now() of this process for a process.hrtime (ns) reading of any process on this machine. */
const hrOffsetMs = Number(process.hrtime.bigint()) / 1e6 - performance.now()
const fromHrtime = (ns: string) => Number(BigInt(ns)) / 1e6 - hrOffsetMs
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
  const total = WARMUP + RATE * (SECONDS + POLL_SECONDS)
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
  const coordinatorId = String(seeded.coordinator!.id)
  const move = async (fileId: string) => {
    const done = await web.move({ fileId, userId: coordinatorId, to: 'info_requested' })
    if (done.error) throw new Error(`move of ${fileId} failed in the web process: ${done.error}`)
    committedAt.set(fileId, fromHrtime(done.committedAt))
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
  await openLoop(WARMUP, RATE, (i) => move(fileIds[i]))
  await measure(fileIds.slice(0, WARMUP))
  let next = WARMUP
  const slice = (n: number) => {
    const ids = fileIds.slice(next, next + n)
    next += n
    return ids
  }

  note(`latency: as shipped (hand-over and wake-up after each commit), ${RATE}/s for ${SECONDS} s`)
  const shippedIds = slice(RATE * SECONDS)
  await openLoop(shippedIds.length, RATE, (i) => move(shippedIds[i]))
  const shipped = await measure(shippedIds)

  // The events worker's first step is the order check (jobs/event-order.ts): one indexed read of the file's older
  // events. Timed here on the measured moves' own events, so that the line shows what it adds to the pick-up.
  const measuredEvents = await payload.db.find<{ eventId: string; type: string; aggregate: string; aggregateId: string; occurredAt: string }>({
    collection: 'outbox-events',
    where: { aggregateId: { in: shippedIds } },
    pagination: false,
  })
  const orderCheck: number[] = []
  for (const event of measuredEvents.docs) {
    const t0 = performance.now()
    await olderEventsNotRun(payload, runtime.queues.events, { ...event, data: {} })
    orderCheck.push(performance.now() - t0)
  }

  note(`latency: relay polling only (every ${process.env.RELAY_POLL_MS} ms, not subscribed), ${RATE}/s for ${POLL_SECONDS} s`)
  await runtime.relay.stop()
  await web.setHandOver(false)
  const polling = new OutboxRelay({ payload, queue: runtime.queues.events, logger: createLogger('relay'), pollMs: Number(process.env.RELAY_POLL_MS) })
  polling.start()
  const pollIds = slice(RATE * POLL_SECONDS)
  await openLoop(pollIds.length, RATE, (i) => move(pollIds[i]))
  const pollOnly = await measure(pollIds)
  await polling.stop()

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
  const ratioPoll = payloadQueue.p50 / pollOnly.handler.p50
  emit('latency', {
    ratePerSec: RATE,
    commitToMailMs: { shipped: shipped.mail, pollOnly: pollOnly.mail },
    commitToHandlerMs: { shipped: shipped.handler, pollOnly: pollOnly.handler, payloadJobsQueue: payloadQueue },
    /** The handler's order check, its first step (not in the times above: they end when the job is picked up). */
    orderCheckMs: summary(orderCheck),
    saturated: { shipped: shipped.saturated, pollOnly: pollOnly.saturated },
    relayPollMs: Number(process.env.RELAY_POLL_MS),
    targetMailP95Ms: 250,
    mailP95Met: { shipped: shipped.mail.p95 < 250, pollOnly: pollOnly.mail.p95 < 250 },
    baseline: "Payload jobs queue: update + payload.jobs.queue in one transaction, autoRun cron '* * * * * *'",
    handlerP50Ratio: { shipped: round(ratioShipped, 1), pollOnly: round(ratioPoll, 1) },
    handlerP50RatioAfterOrderCheck: round(payloadQueue.p50 / (shipped.handler.p50 + summary(orderCheck).p50), 1),
    targetHandlerRatio: '>= 100',
    handlerRatioMet: { shipped: ratioShipped >= 100, pollOnly: ratioPoll >= 100 },
    load: machineLoad,
  })
} catch (error) {
  exitCode = 1
  note(`latency failed: ${error instanceof Error ? error.stack : String(error)}`)
  emit('latency', { error: error instanceof Error ? error.message : String(error) })
} finally {
  await finishBench(env, exitCode, () => web.stop(), () => runtime.close(2000), () => sink.close(), () => payload.destroy())
}
