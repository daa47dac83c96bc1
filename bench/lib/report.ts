import { cpus, freemem, loadavg, totalmem } from 'node:os'

/** The q-th percentile (0–100) of the values, nearest-rank; NaN when there are none. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1))
  return sorted[rank]
}

export function summary(values: readonly number[]): { n: number; p50: number; p95: number; p99: number; max: number; mean: number } {
  const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN
  return {
    n: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
    max: round(values.length ? Math.max(...values) : Number.NaN),
    mean: round(mean),
  }
}

export const round = (value: number, digits = 2): number =>
  Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : value

/** What the machine looked like while measuring (the load average counts other people's work too). */
export function machine(): Record<string, unknown> {
  const [l1, l5] = loadavg()
  return {
    cores: cpus().length,
    memGiB: round(totalmem() / 2 ** 30, 1),
    freeGiB: round(freemem() / 2 ** 30, 1),
    node: process.version,
    load1: round(l1),
    load5: round(l5),
  }
}

/** Samples the 1-minute load average every few seconds while a benchmark runs. */
export function loadSampler(everyMs = 2000): { stop(): { min: number; max: number; mean: number } } {
  const samples: number[] = [loadavg()[0]]
  const timer = setInterval(() => samples.push(loadavg()[0]), everyMs)
  timer.unref()
  return {
    stop() {
      clearInterval(timer)
      samples.push(loadavg()[0])
      return {
        min: round(Math.min(...samples)),
        max: round(Math.max(...samples)),
        mean: round(samples.reduce((a, b) => a + b, 0) / samples.length),
      }
    },
  }
}

/** Prints the benchmark's one JSON line on stdout (run-all collects the lines starting with `{"bench"`). */
export function emit(bench: string, figures: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ bench, ...figures, machine: machine(), at: new Date().toISOString() })}\n`)
}

/** Progress and diagnostics go to stderr, so stdout stays one JSON line per benchmark. */
export function note(message: string): void {
  process.stderr.write(`[bench] ${message}\n`)
}

/** Rejects when the promise takes longer than `ms`: every wait in the suite is bounded. */
export async function within<T>(what: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: still running after ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([promise, deadline])
  } finally {
    clearTimeout(timer)
  }
}

/** Polls until `check` is truthy; throws after `timeoutMs`. */
export async function waitUntil(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

/** Runs `work(i)` for i in [0, count) with at most `concurrency` in flight, stopping early past `deadline`. */
export async function pool(count: number, concurrency: number, work: (i: number) => Promise<void>, deadline = Infinity): Promise<number> {
  let next = 0
  let done = 0
  const lane = async () => {
    for (;;) {
      const i = next++
      if (i >= count || Date.now() > deadline) return
      await work(i)
      done += 1
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane))
  return done
}

export const intArg = (name: string, fallback: number): number => {
  const raw = process.env[name]
  const value = raw === undefined ? Number.NaN : Number(raw)
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback
}
