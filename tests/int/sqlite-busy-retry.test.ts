import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient, type Client } from '@libsql/client'
import type { Payload } from 'payload'
import { bootPayload } from '../helpers/boot'
import { useTestEnv, type TestEnv } from '../helpers/test-env'

let env: TestEnv
let payload: Payload
/** Another connection to the same file: the other process (web or worker) holding SQLite's write lock. */
let other: Client
const logged: { level: string; msg: string }[] = []

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  other = createClient({ url: `file:${env.databaseFile}` })
  // Record what Payload's logger is asked to print (the adapter reads `payload.logger` at each call).
  const record = (level: string) => (entry: unknown, message?: string) => {
    logged.push({ level, msg: String((entry as { msg?: string })?.msg ?? message ?? entry) })
  }
  payload.logger = { ...payload.logger, error: record('error'), debug: record('debug') } as Payload['logger']
})

afterAll(async () => {
  other?.close()
  await payload?.destroy()
})

describe('a write while another process holds the SQLite write lock', () => {
  it('waits for the lock and commits, logging the busy attempts at debug level, not as errors', async () => {
    const lock = await other.transaction('write')
    let releasedAt = 0
    const released = new Promise<void>((resolve) =>
      setTimeout(() => void lock.rollback().then(() => ((releasedAt = Date.now()), resolve())), 400),
    )
    // What every Payload operation with a transaction starts with.
    const id = await payload.db.beginTransaction()
    const begunAt = Date.now()
    expect(id).not.toBeNull()
    await payload.db.create({
      collection: 'outbox-events',
      data: { eventId: 'busy-1', type: 'test.busy', aggregate: 'test', aggregateId: '1', data: {}, status: 'pending', occurredAt: new Date().toISOString() },
      req: { transactionID: id! } as never,
    })
    await payload.db.commitTransaction(id!)
    await released
    expect(begunAt).toBeGreaterThanOrEqual(releasedAt)
    expect(await payload.count({ collection: 'outbox-events', where: { eventId: { equals: 'busy-1' } }, overrideAccess: true })).toEqual({ totalDocs: 1 })
    const busy = logged.filter((entry) => /cannot begin transaction/.test(entry.msg))
    expect(busy.length).toBeGreaterThan(0)
    expect(busy.filter((entry) => entry.level !== 'debug')).toEqual([])
  })
})

describe('a chain of write transactions in one process', () => {
  it('lets the event loop turn between them: a timer due meanwhile fires before the chain ends', async () => {
    // libsql answers synchronously, so without a turn of the loop between transactions this loop of awaits would
    // run to its end inside promise continuations, and the timer (a request, a health check) would wait for all 40.
    let firedAfter: number | undefined
    let done = 0
    setTimeout(() => (firedAfter = done), 0)
    for (let i = 0; i < 40; i++) {
      const id = await payload.db.beginTransaction()
      await payload.db.create({
        collection: 'outbox-events',
        data: { eventId: `chain-${i}`, type: 'test.chain', aggregate: 'test', aggregateId: String(i), data: {}, status: 'pending', occurredAt: new Date().toISOString() },
        req: { transactionID: id! } as never,
      })
      await payload.db.commitTransaction(id!)
      done += 1
    }
    expect(firedAfter).toBeDefined()
    expect(firedAfter!).toBeLessThan(40)
    expect((await payload.count({ collection: 'outbox-events', where: { type: { equals: 'test.chain' } }, overrideAccess: true })).totalDocs).toBe(40)
  })
})
