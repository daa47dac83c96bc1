import { appendFileSync, readdirSync, readFileSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'

/** One reading of a process: memory, open file descriptors and the longest event-loop pause since the last one. */
export interface ProbeSample {
  /** Date.now() when taken. */
  at: number
  rssMb: number
  heapUsedMb: number
  /** Open file descriptors: each libsql connection holds the database file and its WAL. */
  fds: number
  /** The longest event-loop delay over the interval (ms): a GC pause or a synchronous call shows here. */
  maxPauseMs: number
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10

const openFds = (): number => {
  try {
    return readdirSync('/proc/self/fd').length
  } catch {
    return -1
  }
}

/**
 * Samples this process every `everyMs`: RSS, heap, file descriptors and the event-loop delay histogram's maximum
 * (perf_hooks.monitorEventLoopDelay, 10 ms resolution), reset at each sample so that each one covers its interval.
 */
export function startProbe(everyMs: number, onSample: (sample: ProbeSample) => void): { stop(): void } {
  const delay = monitorEventLoopDelay({ resolution: 10 })
  delay.enable()
  const timer = setInterval(() => {
    const memory = process.memoryUsage()
    onSample({ at: Date.now(), rssMb: mb(memory.rss), heapUsedMb: mb(memory.heapUsed), fds: openFds(), maxPauseMs: Math.round(delay.max / 1e5) / 10 })
    delay.reset()
  }, everyMs)
  timer.unref()
  return {
    stop() {
      clearInterval(timer)
      delay.disable()
    },
  }
}

/** The env var that switches the probe on in a benchmark's child process: the file its samples go to (JSON lines). */
export const PROBE_FILE_ENV = 'BENCH_PROBE_FILE'
const PROBE_EVERY_ENV = 'BENCH_PROBE_MS'

/** In a child process: starts the probe when BENCH_PROBE_FILE is set, one JSON line per sample appended to it. */
export function probeFromEnv(): void {
  const file = process.env[PROBE_FILE_ENV]
  if (!file) return
  startProbe(Number(process.env[PROBE_EVERY_ENV]) || 5000, (sample) => appendFileSync(file, `${JSON.stringify(sample)}\n`))
}

/** Reads what a child's probe wrote (an absent file: no samples yet). */
export function readProbeFile(file: string): ProbeSample[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as ProbeSample)
  } catch {
    return []
  }
}
