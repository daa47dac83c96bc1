import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { waitFor } from '../../helpers/wait'

const root = path.resolve(import.meta.dirname, '../../..')
/** A worker's boot (tsx, Payload, its schema check) takes 30 s here when the machine is quiet, minutes when it is not. */
const READY_WITHIN_MS = 240_000

export interface WorkerProcess {
  name: string
  child: ChildProcess
  output(): string
  /** Every line from now on that matches, whole (output() keeps only the tail, which a chatty run pushes out). */
  watch(pattern: RegExp): string[]
  /** SIGKILL: no shutdown, its active jobs stay locked until another worker finds them stalled. */
  kill(): Promise<void>
  /** SIGTERM and wait (the graceful path), used to end a scenario. */
  stop(): Promise<void>
}

/**
 * One real worker process (`npm run worker`: node --import tsx src/worker.ts) with the test's environment (its
 * SQLite file, Redis, queue prefix, SMTP port), ready once it logs « worker ready ».
 */
export async function startWorkerProcess(name: string, extraEnv: Record<string, string> = {}): Promise<WorkerProcess> {
  // Under heavy load a worker now and then ends (code 0, not a line of output) while still loading its modules:
  // an open finding of docs/reliability.md. One more try, counted, so the scenarios test the pipeline.
  try {
    return await spawnWorker(name, extraEnv)
  } catch (error) {
    if (!/exited \(0\).* 0 chars of output/.test((error as Error).message)) throw error
    silentStartExits += 1
    return spawnWorker(name, extraEnv)
  }
}

/** How many worker starts ended silently and were tried again (printed with the figures). */
export let silentStartExits = 0

async function spawnWorker(name: string, extraEnv: Record<string, string>): Promise<WorkerProcess> {
  const spawnedAt = Date.now()
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'info', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const watchers: { pattern: RegExp; lines: string[] }[] = []
  let partial = ''
  // Keep only the tail: a long scenario logs a lot, and a failure needs the last lines.
  const keep = (chunk: Buffer) => {
    const text = chunk.toString()
    output = (output + text).slice(-20000)
    if (watchers.length === 0) return
    const lines = (partial + text).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) for (const w of watchers) if (w.pattern.test(line)) w.lines.push(line)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  let spawnError: Error | undefined
  child.once('error', (error) => (spawnError = error))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    await waitFor(`worker ${name} to be ready`, () => child.exitCode !== null || output.includes('worker ready'), READY_WITHIN_MS, 100)
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${(error as Error).message}\n${output.slice(-3000)}`)
  }
  if (child.exitCode !== null) throw new Error(`worker ${name} exited (${child.exitCode}) after ${Date.now() - spawnedAt} ms, ${output.length} chars of output, error ${String(spawnError)}:\n${output.slice(-3000)}`)
  const signal = async (sig: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill(sig)
    await exited
  }
  const watch = (pattern: RegExp) => {
    const lines: string[] = []
    watchers.push({ pattern, lines })
    return lines
  }
  return { name, child, output: () => output, watch, kill: () => signal('SIGKILL'), stop: () => signal('SIGTERM') }
}

/** Stops every worker still running (SIGTERM, then SIGKILL after the bound). */
export async function stopAll(workers: WorkerProcess[], boundMs = 15000): Promise<void> {
  await Promise.all(
    workers.map(async (w) => {
      const timer = setTimeout(() => void w.kill(), boundMs)
      await w.stop()
      clearTimeout(timer)
    }),
  )
}
