import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { COORDINATOR_WALK, walkFile, type WalkedFile } from './harness/file-moves'
import { countFigures, printFigures } from './harness/ledger'
import { backlog, inParallel, openScene, type Scene } from './harness/scene'
import { silentStartExits, startWorkerProcess } from './harness/worker-processes'
import { sleep, waitFor } from '../helpers/wait'
import { pendingTimers } from '../helpers/pipeline'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'

// Issue 19: Redis stopped for 10 s, then back (AOF on), in the middle of 1,000 transitions made by the web process
// (this one) and carried out by two worker processes.
const TRANSITIONS = Number(process.env.FAULT_TRANSITIONS ?? 1000)
const PER_FILE = 2 + COORDINATOR_WALK.length
const FILES = Math.ceil(TRANSITIONS / PER_FILE)
const OUTAGE_MS = 10_000
let scene: Scene

beforeAll(async () => {
  scene = await openScene()
  for (const name of ['w1', 'w2']) scene.workers.push(await startWorkerProcess(name))
}, 300000)

afterAll(async () => {
  await scene?.close()
}, 60000)

describe('Redis restarted in the middle of 1,000 transitions', () => {
  it('publishes every event, applies each once, keeps every timer and sends every mail once', async () => {
    const started = Date.now()
    let outage: { from: number; to: number; committedDuring: number } | undefined
    let committed = 0
    const files: WalkedFile[] = await inParallel(Array.from({ length: FILES }, (_, i) => i), 4, async (i) => {
      if (i === Math.floor(FILES / 2) && !outage) {
        outage = { from: Date.now(), to: 0, committedDuring: committed }
        await scene.redis.stop()
        // The moves go on while Redis is away: the other lanes keep committing.
        void sleep(OUTAGE_MS).then(async () => {
          await scene.redis.start()
          outage!.to = Date.now()
          outage!.committedDuring = committed - outage!.committedDuring
        })
      }
      const file = await walkFile(scene.payload, scene.world, scene.move, `RR${i}`)
      committed += PER_FILE
      return file
    })
    await waitFor('Redis to be back', () => Boolean(outage?.to), 60000, 100)
    const movedAt = Date.now()
    await waitFor('the backlog to drain', async () => (await backlog(scene)) === 0, 600000, 1000)
    const figures = await countFigures(scene.payload, scene.queues.events, scene.smtp, files)
    // Every approved file keeps its convocation timer (T5) and none of the cancelled ones (T2, T3).
    const runtime = { queues: { timers: scene.queues.timers } } as unknown as WorkerRuntime
    let timersMissing = 0
    let timersLeftOver = 0
    for (const file of files) {
      const timers = await pendingTimers(runtime, file.id)
      if (!timers.some((t) => t.startsWith('T5-'))) timersMissing += 1
      if (timers.some((t) => t.startsWith('T2-') || t.startsWith('T3-'))) timersLeftOver += 1
    }
    printFigures('Redis stopped 10 s during 1,000 transitions', {
      ...figures,
      transitions: files.length * PER_FILE,
      committedDuringOutage: outage!.committedDuring,
      outageMs: outage!.to - outage!.from,
      timersMissing,
      timersLeftOver,
      workerSilentStartExits: silentStartExits,
      movesMs: movedAt - started,
      recoverAfterRedisBackMs: Date.now() - outage!.to,
    })
    expect(outage!.committedDuring).toBeGreaterThan(0)
    expect(figures.events).toBe(files.length * PER_FILE)
    expect(figures.eventsPublished).toBe(figures.events)
    expect(figures.eventsNotApplied).toEqual([])
    expect(figures.timelineMismatches).toEqual([])
    expect(figures.orderViolations).toEqual([])
    expect(timersMissing).toBe(0)
    expect(timersLeftOver).toBe(0)
    expect(figures.deliveriesNotSent).toBe(0)
    expect(figures.mailsLost).toBe(0)
    expect(figures.mailDuplicates).toBe(0)
    expect(figures.mailsReceived).toBe(figures.deliveriesSent)
  })
})
