import type { Payload } from 'payload'

/**
 * Everything the process logs while a test runs: Payload's logger (every level, debug included, each call
 * serialised with its fields and errors), the product's own line logger and the console (stdout and stderr).
 * `stop()` puts the originals back.
 */
export interface LogCapture {
  lines: string[]
  stop(): void
}

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const

function serialise(value: unknown): string {
  if (typeof value === 'string') return value
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Error ? { message: v.message, stack: v.stack, cause: v.cause } : v)) ?? String(value)
}

export function captureLogs(payload: Payload): LogCapture {
  const lines: string[] = []
  const original = payload.logger
  const recorder = (level: string) => (...args: unknown[]) => {
    lines.push(`${level} ${args.map(serialise).join(' ')}`)
  }
  const logger: Record<string, unknown> = { level: 'trace', child: () => logger, isLevelEnabled: () => true }
  for (const level of LEVELS) logger[level] = recorder(level)
  payload.logger = logger as unknown as Payload['logger']

  const out = process.stdout.write.bind(process.stdout)
  const err = process.stderr.write.bind(process.stderr)
  const tee = (write: typeof out) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest)
    }) as typeof out
  process.stdout.write = tee(out)
  process.stderr.write = tee(err)
  const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const
  const consoleOriginals = consoleMethods.map((m) => console[m])
  for (const m of consoleMethods) console[m] = recorder(`console.${m}`)

  return {
    lines,
    stop() {
      payload.logger = original
      process.stdout.write = out
      process.stderr.write = err
      consoleMethods.forEach((m, i) => (console[m] = consoleOriginals[i]))
    },
  }
}
