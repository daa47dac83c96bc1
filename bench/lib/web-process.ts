/**
 * The "web" side of a two-process benchmark, as in production: a Payload of its own (no worker runtime) on the
 * benchmark's SQLite file, queue prefix and Redis (inherited through the environment), making the moves it is
 * asked for over IPC: one at a time, answering with the commit time on the monotonic clock every process shares
 * (process.hrtime, ns), or a batch with a given concurrency, answering with its CPU time and SQL statements.
 * Started by `startWebProcess`; it exits when its parent goes.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { probeFromEnv } from './loop-probe'
import { pool } from './report'
import { installSqlCounter, perUnit, sqlCounts, type SqlCounts } from './sql-counter'

export interface MoveOrder {
  fileId: string
  userId: string
  to: string
}

export interface MoveDone {
  fileId: string
  /** process.hrtime.bigint() right after the commit, as a string (ns). */
  committedAt: string
  error?: string
}

/** Many moves, `concurrency` at a time (bench 1). */
export interface BatchOrder {
  batch: { fileIds: string[]; userId: string; to: string; concurrency: number }
}

export interface BatchDone {
  batchDone: true
  committed: number
  /** The web process's CPU time (user + system) and SQL statements over the batch. */
  cpuMs: number
  sql: SqlCounts
  error?: string
}

/** Hand-over after commit on or off (off: as when Redis is away, for the latency bench's poll-only run). */
export interface HandOverOrder {
  handOver: boolean
}

export interface WebProcess {
  move(order: MoveOrder): Promise<MoveDone>
  setHandOver(on: boolean): Promise<void>
  moveMany(order: BatchOrder['batch']): Promise<BatchDone>
  stop(): Promise<void>
}

/** A web process not ready within this is stuck in start-up: it is stopped and started again. */
const READY_LIMIT_MS = 120_000
const START_ATTEMPTS = 3

/** Forks this file as the web process and resolves once its Payload is up, trying again if a start fails. */
export async function startWebProcess(): Promise<WebProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce()
    } catch (error) {
      if (attempt >= START_ATTEMPTS) throw error
      process.stderr.write(`web process: ${(error as Error).message}; starting it again (${attempt + 1}/${START_ATTEMPTS})\n`)
    }
  }
}

async function startOnce(): Promise<WebProcess> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [], {
    // BENCH_WEB_CPU_PROF=<dir>: a V8 CPU profile of the web process, written there when it exits (diagnostics).
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_WEB_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_WEB_CPU_PROF}`, '--cpu-prof-interval=5000'] : [])],
    env: { ...process.env, BENCH_WEB_PROCESS: '1' },
    // Its output is progress, never the benchmark's JSON line: all of it to stderr.
    stdio: ['ignore', 2, 2, 'ipc'],
  })
  const waiting = new Map<string, (done: MoveDone) => void>()
  let batchWaiting: ((done: BatchDone) => void) | undefined
  let handOverWaiting: (() => void) | undefined
  let readyTimer: NodeJS.Timeout | undefined
  try {
    await new Promise<void>((resolve, reject) => {
      readyTimer = setTimeout(() => reject(new Error(`web process not ready after ${READY_LIMIT_MS / 1000} s`)), READY_LIMIT_MS)
      child.once('error', reject)
      child.once('exit', (code) => reject(new Error(`web process exited (${code}) before it was ready`)))
      child.on('message', (message: { ready?: boolean; handOverSet?: boolean } & Partial<MoveDone> & Partial<BatchDone>) => {
        if (message.ready) resolve()
        else if (message.handOverSet) handOverWaiting?.()
        else if (message.batchDone) batchWaiting?.(message as BatchDone)
        else if (message.fileId) waiting.get(message.fileId)?.(message as MoveDone)
      })
    })
  } catch (error) {
    if (child.exitCode === null) child.kill('SIGKILL')
    throw error
  } finally {
    clearTimeout(readyTimer)
  }
  child.removeAllListeners('exit')
  return {
    move: (order) =>
      new Promise((resolve) => {
        waiting.set(order.fileId, resolve)
        child.send(order)
      }),
    setHandOver: (on) =>
      new Promise((resolve) => {
        handOverWaiting = resolve
        child.send({ handOver: on } satisfies HandOverOrder)
      }),
    moveMany: (batch) =>
      new Promise((resolve) => {
        batchWaiting = resolve
        child.send({ batch } satisfies BatchOrder)
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.disconnect()
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref()
      }),
  }
}

type WakeHolder = typeof globalThis & { __essaimOutboxWake?: unknown }
let shipped: unknown

/**
 * Off: the process's Redis producer of src/outbox/wake.ts (held on globalThis) is replaced by one that adds and
 * publishes nothing, as when Redis is away at the commit: the relay then finds the events at its poll.
 */
function setHandOver(on: boolean): void {
  const holder = globalThis as WakeHolder
  if (on) {
    if (shipped) holder.__essaimOutboxWake = shipped
    return
  }
  shipped ??= holder.__essaimOutboxWake
  holder.__essaimOutboxWake = {
    connection: { status: 'ready', publish: async () => 0 },
    channel: 'nowhere',
    events: { add: async () => undefined, close: async () => undefined },
  }
}

async function serve(): Promise<void> {
  installSqlCounter()
  // The soak benchmark's memory and event-loop probe, when it asks for one (BENCH_PROBE_FILE).
  probeFromEnv()
  const { bootBench } = await import('./boot')
  const payload = await bootBench()
  const { moveFundingFile } = await import('../../collections/funding-files/move-service')
  const users = new Map<string, unknown>()
  const userOf = async (id: string) => {
    if (!users.has(id)) users.set(id, await payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 }))
    return users.get(id) as never
  }
  const moveOne = async (fileId: string, userId: string, to: string) =>
    moveFundingFile(payload, { id: fileId, kind: 'transition', to, user: await userOf(userId) })
  const runBatch = async ({ fileIds, userId, to, concurrency }: BatchOrder['batch']): Promise<BatchDone> => {
    const s0 = sqlCounts()
    const c0 = process.cpuUsage()
    let committed = 0
    try {
      committed = await pool(fileIds.length, concurrency, async (i) => void (await moveOne(fileIds[i], userId, to)))
    } catch (error) {
      return { batchDone: true, committed, cpuMs: 0, sql: sqlCounts(), error: error instanceof Error ? error.message : String(error) }
    }
    const { user, system } = process.cpuUsage(c0)
    return { batchDone: true, committed, cpuMs: (user + system) / 1000, sql: perUnit(s0, sqlCounts(), 1) }
  }
  process.on('message', (order: MoveOrder | BatchOrder | HandOverOrder) => {
    void (async () => {
      if ('handOver' in order) {
        setHandOver(order.handOver)
        process.send?.({ handOverSet: true })
        return
      }
      if ('batch' in order) {
        process.send?.(await runBatch(order.batch))
        return
      }
      const done: MoveDone = { fileId: order.fileId, committedAt: '0' }
      try {
        await moveOne(order.fileId, order.userId, order.to)
        done.committedAt = String(process.hrtime.bigint())
      } catch (error) {
        done.error = error instanceof Error ? error.message : String(error)
      }
      process.send?.(done)
    })()
  })
  // The parent went (done, or stopped by run-all): so does this process.
  process.on('disconnect', () => {
    void payload.destroy().finally(() => process.exit(0))
    setTimeout(() => process.exit(0), 5000).unref()
  })
  process.send?.({ ready: true })
}

if (process.env.BENCH_WEB_PROCESS === '1') await serve()
