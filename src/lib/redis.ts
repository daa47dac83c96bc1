import { Redis, type RedisOptions } from 'ioredis'
import { env } from './env'
import { listenForErrors } from './error-listener'

/**
 * The one place Redis connections are made.
 * - `worker`: blocking commands, must wait through outages (`maxRetriesPerRequest: null`, as BullMQ requires).
 * - `producer`: used where a person or the relay is waiting; fails fast instead of queueing commands offline,
 *   so a Redis outage shows up as an error (and the outbox keeps the event) rather than a hang.
 * - `subscriber`: a connection in SUBSCRIBE mode (it can do nothing else); it waits through outages and
 *   subscribes again by itself after a reconnect (ioredis `autoResubscribe`).
 */
export function createRedisConnection(kind: 'worker' | 'producer' | 'subscriber', url = env().redisUrl): Redis {
  const options: RedisOptions =
    kind === 'producer'
      ? { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }
      : { maxRetriesPerRequest: null, ...(kind === 'subscriber' ? { autoResubscribe: true } : {}) }
  const connection = new Redis(url, { ...options, lazyConnect: false })
  // ioredis emits 'error' on every failed reconnect; logged (once per window), never left unhandled.
  return listenForErrors(connection, `redis ${kind} connection`)
}

/** True when something answers PING at the URL within the timeout. */
export async function redisAnswers(url: string, timeoutMs = 1500): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: timeoutMs, retryStrategy: () => null })
  probe.on('error', () => undefined)
  try {
    await probe.connect()
    return (await probe.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    probe.disconnect()
  }
}
