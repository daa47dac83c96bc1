import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Redis } from 'ioredis'
import { COORDINATOR_WALK, walkFile, type WalkedFile } from './harness/file-moves'
import { countFigures, printFigures } from './harness/ledger'
import { backlog, inParallel, openScene, type Scene } from './harness/scene'
import { silentStartExits, startWorkerProcess } from './harness/worker-processes'
import { pendingTimers } from '../helpers/pipeline'
import { restCall } from '../helpers/rest'
import { sleep, waitFor } from '../helpers/wait'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'

// Issue 19: Redis full (maxmemory reached under noeviction, as the private Redis runs) while the web process (this
// one) moves files and a worker process carries the effects out. Moves must commit, their events wait in the outbox,
// the operator reads why in the worker's log and in the readiness check, and everything goes out once memory is freed.
const FILES = Number(process.env.FAULT_FULL_FILES ?? 10)
const PER_FILE = 2 + COORDINATOR_WALK.length
const FILLER = 'fault-filler'
let scene: Scene
let admin: Redis

const used = async () => Number(/^used_memory:(\d+)/m.exec(await admin.info('memory'))?.[1])

/** Fills Redis with filler strings until it refuses a write (OOM), as a runaway producer would. Returns the keys written. */
async function fillRedis(): Promise<number> {
  await admin.config('SET', 'maxmemory', String((await used()) + 4 * 1024 * 1024))
  const chunk = 'x'.repeat(256 * 1024)
  for (let i = 0; ; i++) {
    try {
      await admin.set(`${FILLER}:${i}`, chunk)
    } catch (error) {
      if (!/OOM/.test((error as Error).message)) throw error
      // Full. Pin the limit well under what is used (half of it; 0 would mean no limit), so that what the jobs in
      // flight free meanwhile cannot let a write slip through: the whole scenario runs against a Redis that refuses
      // every write. Pinned 1 MB under, a loaded clean-clone run let 17 of 60 events out.
      await admin.config('SET', 'maxmemory', String(Math.max(1, Math.floor((await used()) / 2))))
      return i
    }
    if (i > 400) throw new Error('Redis never refused a write: is maxmemory honoured?')
  }
}

async function dropFiller(): Promise<void> {
  let cursor = '0'
  do {
    const [next, keys] = await admin.scan(cursor, 'MATCH', `${FILLER}:*`, 'COUNT', 1000)
    cursor = next
    if (keys.length) await admin.del(...keys)
  } while (cursor !== '0')
}

/** What is still waiting, when a wait fails. */
async function describeBacklog(): Promise<string> {
  const lines: string[] = []
  for (const [name, queue] of Object.entries(scene.queues)) {
    lines.push(`${name}: ${JSON.stringify(await queue.getJobCounts())}`)
    for (const job of (await queue.getJobs(['failed', 'delayed'])).filter((j) => j.failedReason).slice(0, 3)) lines.push(`  ${job.id}: ${job.failedReason}`)
  }
  const pending = await scene.payload.count({ collection: 'outbox-events', where: { status: { equals: 'pending' } }, overrideAccess: true })
  return [`outbox pending: ${pending.totalDocs}`, ...lines].join('\n')
}

beforeAll(async () => {
  scene = await openScene()
  admin = new Redis(scene.redis.url, { maxRetriesPerRequest: 1 })
  admin.on('error', () => undefined) // the scene's Redis is stopped at the end, before this connection is closed
  scene.workers.push(await startWorkerProcess('w1'))
}, 420000)

afterAll(async () => {
  admin?.disconnect()
  await scene?.close()
}, 60000)

describe('Redis full (maxmemory under noeviction) while files move', () => {
  it('commits every move, keeps the events in the outbox, says why, and publishes them all once memory is freed', async () => {
    // A first file before the fault: the pipeline runs, its queues exist.
    const before = await walkFile(scene.payload, scene.world, scene.move, 'RF-before')
    await waitFor('the first file to go through', async () => (await backlog(scene)) === 0, 120000, 500).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${await describeBacklog()}\nworker log:\n${scene.workers[0].output().slice(-4000)}`)
    })

    const fullLines = scene.workers[0].watch(/Redis is full/)
    const backLines = scene.workers[0].watch(/Redis accepts writes again/)
    // Any other failure the relay reports meanwhile (printed with the figures: should be none).
    const otherRelayFailures = scene.workers[0].watch(/relay round failed/)
    const fillerKeys = await fillRedis()
    const fullAt = Date.now()
    const moveErrors: string[] = []
    const files: WalkedFile[] = (
      await inParallel(Array.from({ length: FILES }, (_, i) => i), 4, (i) =>
        walkFile(scene.payload, scene.world, scene.move, `RF${i}`).catch((error: Error) => {
          moveErrors.push(error.message)
          return undefined
        }),
      )
    ).filter((file): file is WalkedFile => file !== undefined)
    const movesMs = Date.now() - fullAt
    // Several relay rounds fail meanwhile (one a second, and one per commit's wake).
    await sleep(3000)
    const ids = files.map((f) => f.id)
    const waiting = await scene.payload.count({
      collection: 'outbox-events',
      where: { and: [{ aggregateId: { in: ids } }, { status: { equals: 'pending' } }] },
      overrideAccess: true,
    })
    const { readiness } = await import('../../src/ops/health')
    const report = await readiness(scene.payload)
    const ready = await restCall(scene.payload, { path: '/health/ready' })
    const stillFull = await admin.set('fault-probe', '1').then(
      () => false,
      (error: Error) => /OOM/.test(error.message),
    )

    // Memory freed: the operator raises the limit (CONFIG SET maxmemory), then the filler goes.
    await admin.config('SET', 'maxmemory', '0')
    const freedAt = Date.now()
    await waitFor('the backlog to drain once memory is freed', async () => (await backlog(scene)) === 0, 180000, 500).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${await describeBacklog()}\nworker log:\n${scene.workers[0].output().slice(-4000)}`)
    })
    const recoverMs = Date.now() - freedAt
    await dropFiller()
    const readyAfter = await readiness(scene.payload)

    const all = [before, ...files]
    const figures = await countFigures(scene.payload, scene.queues.events, scene.smtp, all)
    const runtime = { queues: { timers: scene.queues.timers } } as unknown as WorkerRuntime
    let timersMissing = 0
    let timersLeftOver = 0
    for (const file of all) {
      const timers = await pendingTimers(runtime, file.id)
      if (!timers.some((t) => t.startsWith('T5-'))) timersMissing += 1
      if (timers.some((t) => t.startsWith('T2-') || t.startsWith('T3-'))) timersLeftOver += 1
    }
    printFigures('Redis full (maxmemory, noeviction) during moves', {
      ...figures,
      transitions: all.length * PER_FILE,
      committedWhileFull: files.length * PER_FILE,
      moveErrors: moveErrors.length,
      waitingInOutboxWhileFull: waiting.totalDocs,
      fillerKeys,
      readinessWhileFull: report.redis,
      readinessStatusWhileFull: ready.status,
      readinessAfter: readyAfter.redis,
      workerLogFullLines: fullLines.length,
      workerLogFullLine: fullLines.find((line) => /relay/.test(line)),
      workerLogBackLine: backLines[0],
      otherRelayFailures: otherRelayFailures.slice(0, 2),
      timersMissing,
      timersLeftOver,
      workerSilentStartExits: silentStartExits,
      movesMs,
      fullForMs: freedAt - fullAt,
      recoverAfterFreedMs: recoverMs,
    })

    // Full for the whole of the moves, and every move committed all the same.
    expect(stillFull).toBe(true)
    expect(moveErrors).toEqual([])
    expect(waiting.totalDocs).toBe(files.length * PER_FILE)
    // The operator's view: readiness names Redis and why; the worker's log says it in words.
    expect(report.redis.ok).toBe(false)
    expect(report.redis.detail).toMatch(/Redis is full \(OOM\).*maxmemory.*noeviction/)
    expect(ready.status).toBe(503)
    expect(ready.json.failing).toContain('redis')
    // (The words, whatever the log format: readable lines or JSON.)
    expect(fullLines.some((line) => /relay.*Redis is full \(OOM: maxmemory reached, policy noeviction\)/.test(line))).toBe(true)
    expect(backLines.some((line) => /relay.*Redis accepts writes again/.test(line))).toBe(true)
    expect(readyAfter.redis.ok).toBe(true)
    // Then everything went out, once.
    expect(figures.events).toBe(all.length * PER_FILE)
    expect(figures.eventsPublished).toBe(figures.events)
    expect(figures.eventsNotApplied).toEqual([])
    expect(figures.timelineMismatches).toEqual([])
    expect(figures.orderViolations).toEqual([])
    expect(timersMissing).toBe(0)
    expect(timersLeftOver).toBe(0)
    expect(figures.notSent).toEqual([])
    expect(figures.mailsLost).toBe(0)
    expect(figures.mailDuplicates).toBe(0)
    expect(figures.mailsReceived).toBe(figures.deliveriesSent)
  }, 600000)
})
