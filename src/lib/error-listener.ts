import { createLogger } from './logger'

interface Emitter {
  on(event: 'error', listener: (error: Error) => void): unknown
}

const log = createLogger('redis')
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
    log.error(`${what}: ${message}`, suppressed ? { repeated: suppressed } : undefined)
    lastLogged = now
    lastMessage = message
    suppressed = 0
  })
  return emitter
}
