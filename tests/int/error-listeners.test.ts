import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { startPrivateRedis, type PrivateRedis } from '../helpers/private-redis'
import { useTestEnv } from '../helpers/test-env'

/**
 * A Redis that goes away must reach the operator as log lines, never as « Unhandled error » on console.error
 * (an 'error' event with no listener): every Queue and connection the product opens has a listener.
 */
describe('error listeners on queues and connections', () => {
  let redis: PrivateRedis
  const consoleErrors: string[] = []
  let logs: { records(): Record<string, unknown>[]; stop(): void }

  beforeAll(async () => {
    redis = await startPrivateRedis()
    await useTestEnv({ REDIS_URL: redis.url, LOG_LEVEL: 'error' })
    // The process logger's lines as JSON, whatever its output format (src/lib/logger.ts).
    logs = (await import('../../src/lib/logger')).captureLogLines()
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      consoleErrors.push(args.map(String).join(' '))
    })
  })
  afterAll(async () => {
    logs.stop()
    jest.restoreAllMocks()
    await redis.stop()
  })

  it('logs a lost Redis through the logger, once per window, with no unhandled error', async () => {
    const { createRedisConnection } = await import('../../src/lib/redis')
    const { closeQueues, createQueues } = await import('../../jobs/plumbing/queues')
    const producer = createRedisConnection('producer', redis.url)
    const worker = createRedisConnection('worker', redis.url)
    const queues = createQueues(producer, 'errors-test')
    await queues.events.waitUntilReady()
    await redis.stop()
    // Commands while Redis is down: each fails, and ioredis retries the connection several times a second.
    // (A worker connection waits through outages: its ping is not awaited.)
    void worker.ping().catch(() => undefined)
    await Promise.allSettled([queues.events.add('x', {}), queues.mail.getJobCounts()])
    await new Promise((r) => setTimeout(r, 2500))

    const redisErrors = logs.records().filter((r) => r.level === 50 && r.component === 'redis').map((r) => String(r.msg))
    expect(redisErrors.some((m) => m.startsWith('redis producer connection: '))).toBe(true)
    expect(redisErrors.some((m) => m.startsWith('redis worker connection: '))).toBe(true)
    // Repeats within the window are counted, not printed: far fewer lines than reconnection attempts.
    expect(redisErrors.filter((m) => m.includes('redis worker connection')).length).toBeLessThanOrEqual(2)
    expect(consoleErrors.join('\n')).not.toMatch(/Unhandled error/)

    await redis.start()
    await closeQueues(queues)
    producer.disconnect()
    worker.disconnect()
  })
})
