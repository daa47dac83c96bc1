import { Redis } from 'ioredis'

/** Deletes every key of a benchmark's queue prefix, so runs leave the shared Redis as they found it. */
export async function dropQueuePrefix(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 })
  let dropped = 0
  try {
    let cursor = '0'
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 5000)
      cursor = next
      if (keys.length) dropped += await redis.unlink(...keys)
    } while (cursor !== '0')
  } finally {
    redis.disconnect()
  }
  return dropped
}

/** Redis `used_memory` in bytes (the whole server: other people's keys too; use deltas taken close together). */
export async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory')
  const match = /^used_memory:(\d+)/m.exec(info)
  return match ? Number(match[1]) : Number.NaN
}

/** Bytes held by the keys of a prefix and a pattern, summed over `MEMORY USAGE` of a sample scaled to the count. */
export async function memoryOfKeys(redis: Redis, pattern: string, sampleSize = 2000): Promise<{ keys: number; bytes: number }> {
  let cursor = '0'
  let keys = 0
  let sampledBytes = 0
  let sampled = 0
  do {
    const [next, found] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 5000)
    cursor = next
    keys += found.length
    for (const key of found) {
      if (sampled >= sampleSize) break
      sampledBytes += Number((await redis.call('MEMORY', 'USAGE', key, 'SAMPLES', '0')) ?? 0)
      sampled += 1
    }
  } while (cursor !== '0')
  return { keys, bytes: sampled ? (sampledBytes / sampled) * keys : 0 }
}
