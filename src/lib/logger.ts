import { pino, stdSerializers, type Logger as PinoLogger } from 'pino'
import { prettyFactory } from 'pino-pretty'
import { currentCorrelationId } from './correlation'

/**
 * ONE logger for the whole process: the pino instance Payload's config hands to Payload (`payload.logger`), the
 * worker's boot, the scripts and the jobs all write through it. JSON lines in production (LOG_FORMAT=json, the
 * default when NODE_ENV=production), pino-pretty's readable lines in the demo and in development; level LOG_LEVEL.
 * Every line written while a correlation id is set (src/lib/correlation.ts) carries it as `correlationId`.
 */

export type Fields = Record<string, unknown>
type Level = 'debug' | 'info' | 'warn' | 'error'

/** What the product's code calls: a message first, then its fields (as the former line logger did). */
export interface Logger {
  debug(message: string, fields?: Fields): void
  info(message: string, fields?: Fields): void
  warn(message: string, fields?: Fields): void
  error(message: string, fields?: Fields): void
  /** The same logger with more fields on each line (`log.child({ correlationId })`). */
  child(bindings: Fields): Logger
  /** The pino logger underneath. */
  readonly pino: PinoLogger
}

/** A line as written (JSON, before any pretty-printing), handed to each tap (tests read them). */
export type LogTap = (line: string) => void

interface Sink {
  taps: Set<LogTap>
  root: PinoLogger
}

/**
 * Read from the process environment directly, not through env(): the logger is made when a module that logs is
 * first imported, and env() parses once per process, so calling it here would fix DATABASE_URI and the rest
 * before a test (or a script) has set them.
 */
function settings(): { level: Level; format: 'json' | 'pretty' } {
  const level = process.env.LOG_LEVEL
  const format = process.env.LOG_FORMAT
  return {
    level: level === 'debug' || level === 'info' || level === 'warn' || level === 'error' ? level : 'info',
    format: format === 'json' || format === 'pretty' ? format : process.env.NODE_ENV === 'production' ? 'json' : 'pretty',
  }
}

/** `error: <Error>` is serialised like pino's `err` (type, message, stack); anything else as it is. */
const errorField = (value: unknown): unknown => (value instanceof Error ? stdSerializers.err(value) : value)

function createSink(): Sink {
  const { level, format } = settings()
  const taps = new Set<LogTap>()
  const pretty =
    format === 'pretty'
      ? prettyFactory({
          colorize: Boolean(process.stdout.isTTY),
          translateTime: 'SYS:HH:MM:ss',
          ignore: 'pid,hostname,component',
          messageFormat: '{if component}[{component}] {end}{msg}',
          // One line per event, fields included: `grep <correlation id>` finds the whole line.
          singleLine: true,
        })
      : undefined
  // Looked up at each line, not bound once: whoever replaces process.stdout.write (a test's capture) sees the lines.
  const destination = {
    write(line: string) {
      for (const tap of taps) tap(line)
      process.stdout.write(pretty ? pretty(line) : line)
    },
  }
  const root = pino(
    {
      level,
      enabled: process.env.DISABLE_LOGGING !== 'true',
      serializers: { err: stdSerializers.err, error: errorField },
      mixin: () => {
        const correlationId = currentCorrelationId()
        return correlationId ? { correlationId } : {}
      },
    },
    destination,
  )
  return { taps, root }
}

// One per process (Next's hot reloads and bundles included): the logger Payload gets is the one the code uses.
const holder = globalThis as typeof globalThis & { __essaimLogSink?: Sink }
const sink = (): Sink => (holder.__essaimLogSink ??= createSink())

/** The process's pino logger: Payload's config passes it as `logger`, so `payload.logger` is this instance. */
export function rootLogger(): PinoLogger {
  return sink().root
}

/** `get` is called at the first line, not before: see createLogger. */
function wrap(get: () => PinoLogger): Logger {
  let logger: PinoLogger | undefined
  const resolved = () => (logger ??= get())
  const write = (level: Level) => (message: string, fields?: Fields) => {
    if (fields) resolved()[level](fields, message)
    else resolved()[level](message)
  }
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    child: (bindings) => wrap(() => resolved().child(bindings)),
    get pino() {
      return resolved()
    },
  }
}

/**
 * The process logger for one part of the product: each line says `component`. Modules make theirs when imported;
 * the root is made at the first line written, once the process (or a test) has set LOG_LEVEL and LOG_FORMAT.
 */
export function createLogger(component: string): Logger {
  return wrap(() => rootLogger().child({ component }))
}

/**
 * Every line written from now on, as JSON, until `stop()`: what a test reads (the output format does not matter).
 */
export function captureLogLines(): { lines: string[]; records(): Fields[]; stop(): void } {
  const lines: string[] = []
  const tap: LogTap = (line) => void lines.push(line)
  sink().taps.add(tap)
  return {
    lines,
    records: () => lines.map((line) => JSON.parse(line) as Fields),
    stop: () => void sink().taps.delete(tap),
  }
}
