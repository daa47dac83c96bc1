import { createLogger } from './logger'

interface Emitter {
  on(event: 'error', listener: (error: Error) => void): unknown
}

// Made at the first error, not at import: a logger reads the environment (env() is parsed once), and this module is
// imported early (queues, test harnesses) — before a test file has set its own environment.
let logger: ReturnType<typeof createLogger> | undefined
const log = () => (logger ??= createLogger('redis'))
/** One line per emitter per window: a Redis outage makes ioredis retry (and emit) several times a second. */
const WINDOW_MS = 10_000

/**
 * Every Queue, Worker, QueueEvents, FlowProducer and Redis connection the product opens gets this listener: without
 * one, an 'error' event reaches only console.error as « Unhandled error » (or crashes a bare EventEmitter), and the
 * operator reads nothing in the log. Repeats of the same message within the window are counted, not logged.
 */
export function listenForErrors<T extends Emitter>(emitter: T, what: string): T {
  let lastLogged = 0
  let lastMessage = ''
  let suppressed = 0
  emitter.on('error', (error: Error) => {
    const now = Date.now()
    const message = error?.message ?? String(error)
    if (message === lastMessage && now - lastLogged < WINDOW_MS) {
      suppressed++
      return
    }
    // Redis full refuses writes with a terse « OOM command not allowed… »: say what it means (same test as isRedisFull).
    const full = /\bOOM\b/.test(message) && /maxmemory/i.test(message) ? ' (Redis is full: maxmemory reached under noeviction, writes refused until memory is freed)' : ''
    log().error(`${what}: ${message}${full}`, suppressed ? { repeated: suppressed } : undefined)
    lastLogged = now
    lastMessage = message
    suppressed = 0
  })
  return emitter
}
