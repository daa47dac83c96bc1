import { utimesSync, writeFileSync } from 'node:fs'
import type { Redis } from 'ioredis'

/** How often a worker says it is alive, and how old the last word may be before readiness calls it stale. */
export const HEARTBEAT_EVERY_MS = 10_000
export const HEARTBEAT_STALE_MS = 45_000

/** The sorted set of worker heartbeats: member = worker id, score = last beat (ms). One per queue prefix. */
export const heartbeatKey = (prefix: string) => `${prefix}:ops:worker-heartbeats`

/**
 * The worker's heartbeat, in Redis for the web process's readiness check, and as a file's mtime for the worker
 * container's own healthcheck (HEARTBEAT_FILE), so neither needs the other to answer.
 */
export function startHeartbeat(connection: Redis, prefix: string, workerId: string, file = process.env.HEARTBEAT_FILE): () => Promise<void> {
  const beat = () => {
    const now = Date.now()
    connection
      .multi()
      .zadd(heartbeatKey(prefix), now, workerId)
      // Workers that vanished without saying goodbye are forgotten after a day.
      .zremrangebyscore(heartbeatKey(prefix), 0, now - 24 * 3600_000)
      .exec()
      .catch(() => undefined)
    if (file) {
      try {
        utimesSync(file, new Date(now), new Date(now))
      } catch {
        writeFileSync(file, String(now))
      }
    }
  }
  beat()
  const timer = setInterval(beat, HEARTBEAT_EVERY_MS)
  timer.unref()
  return async () => {
    clearInterval(timer)
    await connection.zrem(heartbeatKey(prefix), workerId).catch(() => undefined)
  }
}

/** The most recent heartbeat of any worker on this prefix, or undefined when none ever beat. */
export async function lastHeartbeat(connection: Redis, prefix: string): Promise<number | undefined> {
  const [, score] = await connection.zrange(heartbeatKey(prefix), '-1', '-1', 'WITHSCORES')
  return score === undefined ? undefined : Number(score)
}
