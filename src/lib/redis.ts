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
  const open = openConnections()
  open.add(connection)
  // Closed for good (disconnect/quit, no reconnection left): no longer this process's to close.
  connection.once('end', () => open.delete(connection))
  // ioredis emits 'error' on every failed reconnect; logged (once per window), never left unhandled.
  return listenForErrors(connection, `redis ${kind} connection`)
}

// Every connection made above and not closed yet, per process (per test file's global in jest). A connection left
// open keeps the process alive and, once Redis is gone, retries forever.
const holder = globalThis as typeof globalThis & { __essaimRedisConnections?: Set<Redis> }
const openConnections = () => (holder.__essaimRedisConnections ??= new Set())

/**
 * Closes every Redis connection this process opened and has not closed (the web process's lazily made ones:
 * readiness, metrics, queue board, outbox hand-over, report flows), for a shutdown or the end of a test file.
 * Queues and flow producers made on them hold nothing else. Workers and QueueEvents own their own connections:
 * their owner closes them first (the worker runtime's close).
 */
export function closeRedisConnections(): number {
  const open = [...openConnections()]
  // disconnect(): no reconnection after it, and it never waits on a Redis that does not answer (QUIT would).
  for (const connection of open) connection.disconnect()
  openConnections().clear()
  return open.length
}

/**
 * True when Redis refused a command because it is full: `maxmemory` reached under the `noeviction` policy. Redis
 * then refuses every write (and every script, BullMQ's included) with « OOM command not allowed when used memory >
 * 'maxmemory' », while PING and plain reads still answer.
 */
export function isRedisFull(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /\bOOM\b/.test(message) && /maxmemory/i.test(message)
}

/** The words an operator reads when Redis is full: what is used, the limit, the policy, and what to do. */
export async function redisFullDetail(connection: Redis): Promise<string> {
  const memory = await connection.info('memory').catch(() => '')
  const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(memory)?.[1]?.trim() ?? '?'
  return (
    `Redis is full (OOM): used memory ${field('used_memory_human')} > maxmemory ${field('maxmemory_human')} ` +
    `(policy ${field('maxmemory_policy')}); writes are refused, outbox events wait in the database until memory ` +
    `is freed or maxmemory raised (CONFIG SET maxmemory)`
  )
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
