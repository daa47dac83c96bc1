import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { QueueEvents, type Job } from 'bullmq'
import { scheduleTimers, type TimerJobData } from '../../jobs/shared/file-effects'
import { timerJobId, type TimerPlan } from '../../src/workflow'
import { waitFor, sleep } from '../helpers/wait'
import { readyFile, type WalkedFile } from './harness/file-moves'
import { countFigures, printFigures } from './harness/ledger'
import { backlog, inParallel, openScene, type Scene } from './harness/scene'
import { startWorkerProcess, type WorkerProcess } from './harness/worker-processes'

// Issue 19, a clock jump: the only worker process reads a clock an hour ahead of the machine's (and of Redis's), then
// its clock jumps back. BullMQ promotes delayed jobs by the clock of the worker asking for work, so every timer due
// within the hour reaches it at once. None may act before its time, and none twice.
const FILES = 10
const SKEW_MS = 3_600_000
/** The timers come due 20 to 29 s after they are armed; the clock jumps back 10 s after. */
const FIRST_DUE_MS = 20_000
const BACK_AFTER_MS = 10_000
const skewedClock = path.resolve(import.meta.dirname, 'harness/skewed-clock.mjs')
let scene: Scene
let worker: WorkerProcess

beforeAll(async () => {
  scene = await openScene()
  worker = await startWorkerProcess('skewed', { NODE_OPTIONS: `--import ${skewedClock}`, CLOCK_SKEW_MS: String(SKEW_MS) })
  scene.workers.push(worker)
}, 240000)

afterAll(async () => {
  await scene?.close()
}, 60000)

/** One outbox event per timer job that acted (`timer-<job id>`), by job id, with how many there are. */
async function firedEvents(jobIds: string[]): Promise<Map<string, number>> {
  const { docs } = await scene.payload.find({
    collection: 'outbox-events',
    where: { eventId: { in: jobIds.map((id) => `timer-${id}`) } },
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  const counts = new Map<string, number>()
  for (const doc of docs) {
    const id = String(doc.eventId).slice('timer-'.length)
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

describe('a worker clock an hour ahead, then back', () => {
  it('fires every timer at its time, none early, none twice', async () => {
    // Ready files (their T1 reminders, weeks away, are armed by the worker), then one T1 reminder each due in
    // 20 to 29 s, with an occurrence number of its own.
    const files: WalkedFile[] = await inParallel(Array.from({ length: FILES }, (_, i) => i), 3, () => readyFile(scene.payload, scene.world))
    await waitFor('the files’ events to go through', async () => (await backlog(scene)) === 0, 120000, 200).catch(async (error: Error) => {
      const counts = await Promise.all(Object.entries(scene.queues).map(async ([n, q]) => `${n} ${JSON.stringify(await q.getJobCounts())}`))
      const pending = await scene.payload.count({ collection: 'outbox-events', where: { status: { equals: 'pending' } }, overrideAccess: true })
      throw new Error(`${error.message}\n${counts.join('\n')}\noutbox pending ${pending.totalDocs}\nworker output:\n${worker.output().slice(-6000)}`)
    })
    // Each time a timer job goes (back) to the delayed set, BullMQ says so on the queue's event stream: once when it
    // is armed, once more each time the worker took it early and put it back.
    const timerEvents = new QueueEvents(scene.queues.timers.name, { connection: { url: scene.redis.url }, prefix: scene.env.queuePrefix })
    timerEvents.on('error', () => undefined)
    const delayedEvents = new Map<string, number>()
    timerEvents.on('delayed', ({ jobId }) => delayedEvents.set(jobId, (delayedEvents.get(jobId) ?? 0) + 1))
    await timerEvents.waitUntilReady()
    const armedAt = Date.now()
    const due = new Map<string, number>()
    await Promise.all(
      files.map(async (file, i) => {
        const at = new Date(armedAt + FIRST_DUE_MS + i * 1000)
        const plan: TimerPlan = { timer: 'T1', n: 900, at, action: { type: 'notify', kind: 'file.deadline_reminder', to: ['structure-admins'], data: { deadline: at.toISOString() } } }
        await scheduleTimers(scene.queues.timers, file.id, [plan], armedAt)
        due.set(timerJobId(file.id, 'T1', 900), at.getTime())
      }),
    )
    const jobIds = [...due.keys()]

    // Watch when each timer acts, by the machine's clock, until all have.
    const firstSeen = new Map<string, number>()
    let clockBackAt = 0
    await waitFor(
      'every timer to act',
      async () => {
        if (!clockBackAt && Date.now() - armedAt >= BACK_AFTER_MS) {
          worker.child.kill('SIGUSR2')
          clockBackAt = Date.now()
        }
        for (const id of (await firedEvents(jobIds)).keys()) if (!firstSeen.has(id)) firstSeen.set(id, Date.now())
        return firstSeen.size === jobIds.length
      },
      FIRST_DUE_MS + FILES * 1000 + 30000,
      100,
    )
    await waitFor('the mails to go out', async () => (await backlog(scene)) === 0, 60000, 200)
    // A few seconds more: a second firing would show now.
    await sleep(3000)

    const events = await firedEvents(jobIds)
    const early = jobIds.filter((id) => (firstSeen.get(id) ?? 0) < (due.get(id) ?? 0))
    const duplicates = [...events.values()].filter((n) => n > 1).length
    const lateMs = jobIds.map((id) => (firstSeen.get(id) ?? 0) - (due.get(id) ?? 0))
    // The weeks-away reminders stayed where they were, though the worker's clock passed them by the hour.
    const weeksAway = (await scene.queues.timers.getJobs(['delayed'])).filter((j) => files.some((f) => j.id?.startsWith(`ff-${encodeURIComponent(f.id)}-T1-`)))
    // A timer job run again (its lock lost, a retry) finds its event written and does nothing.
    const { handleTimer } = await import('../../jobs/definitions/handle-timer')
    const reruns = await Promise.all(
      jobIds.map(async (id) => handleTimer(scene.payload, (await scene.queues.timers.getJob(id)) as Job<TimerJobData>, new Date())),
    )
    const figures = await countFigures(scene.payload, scene.queues.events, scene.smtp, files)
    await timerEvents.close()
    const putBack = jobIds.reduce((n, id) => n + Math.max(0, (delayedEvents.get(id) ?? 0) - 1), 0)
    printFigures('clock jump: a worker 1 h ahead, then back', {
      timers: jobIds.length,
      fired: events.size,
      earlyFires: early.length,
      duplicates,
      rerunsDoingNothing: reruns.filter((r) => r === 'already-handled').length,
      putBackWhileAhead: putBack,
      clockBackAfterMs: clockBackAt - armedAt,
      maxLateMs: Math.max(...lateMs),
      weeksAwayStillDelayed: weeksAway.length,
      mailsReceived: figures.mailsReceived,
      mailDuplicates: figures.mailDuplicates,
      mailsLost: figures.mailsLost,
    })
    expect(events.size).toBe(FILES)
    expect(early).toEqual([])
    expect(duplicates).toBe(0)
    expect(reruns).toEqual(jobIds.map(() => 'already-handled'))
    // While the clock was ahead the worker took the timers and put them back (it pauses 1 s between tries).
    expect(putBack).toBeGreaterThanOrEqual(FILES)
    // Late only by the polling and the mail's way (a second or two), not by the hour the clock was off.
    expect(Math.max(...lateMs)).toBeLessThan(10000)
    expect(weeksAway.length).toBeGreaterThanOrEqual(FILES)
    expect(figures.notSent).toEqual([])
    expect(figures.mailDuplicates).toBe(0)
    expect(figures.mailsLost).toBe(0)
  }, 180000)
})
