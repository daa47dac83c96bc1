import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { notificationRequests, pendingTimers, settle } from '../helpers/pipeline'
import { startPrivateRedis, type PrivateRedis } from '../helpers/private-redis'
import { createCompleteFile } from './outbox-fixtures'
import { useTestEnv } from '../helpers/test-env'
import { sleep } from '../helpers/wait'

let redis: PrivateRedis
let payload: Payload
let runtime: WorkerRuntime
let catcher: MailCatcher
let world: FileWorld
type Move = typeof import('../../collections/funding-files/move-service').moveFundingFile
let moveFundingFile: Move

const DAY = 24 * 3600 * 1000
const pendingEvents = async () =>
  (await payload.count({ collection: 'outbox-events', where: { status: { equals: 'pending' } }, overrideAccess: true })).totalDocs

beforeAll(async () => {
  redis = await startPrivateRedis()
  const env = await useTestEnv({ REDIS_URL: redis.url })
  payload = await bootPayload()
  ;({ moveFundingFile } = await import('../../collections/funding-files/move-service'))
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  catcher = await startMailCatcher({ port: env.smtpPort })
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(payload)
  world = await createFileWorld(payload, new Date(), 60)
})

afterAll(async () => {
  await runtime?.close(2000)
  await catcher?.close()
  await redis?.stop()
})

describe('no event lost', () => {
  let fileId: string

  it('keeps the events of moves committed while Redis is down, and delivers them all once it is back', async () => {
    fileId = await createCompleteFile(payload, world)
    await settle(payload, runtime)

    await redis.stop()
    const coordinator = await payload.findByID({ collection: 'users', id: world.users.coordinator.id, overrideAccess: true })
    const asCoordinator = (to: string, input: Record<string, unknown> = {}) =>
      moveFundingFile(payload, { id: fileId, kind: 'transition', to, input, user: coordinator as never })
    // The checklist was complete at creation: the file was « prêt » from its creation, before the outage.
    await asCoordinator('submitted', { opcoRef: 'OPCO-OUTAGE-1' })
    await asCoordinator('info_requested')
    await asCoordinator('submitted')
    await asCoordinator('approved', { agreedAmount: 4800, validUntil: new Date(world.start.getTime() + 30 * DAY).toISOString() })
    await sleep(800) // several relay rounds fail meanwhile
    expect(await pendingEvents()).toBe(4)
    expect(runtime.relay.lagMs()).toBeGreaterThan(0)

    await redis.start()
    await settle(payload, runtime, 40000)
    expect(await pendingEvents()).toBe(0)
    const kinds = (await notificationRequests(runtime, fileId)).map((n) => n.kind)
    expect(kinds).toEqual(expect.arrayContaining(['file.submit_now', 'file.submitted', 'file.info_requested', 'file.approved']))
    const timers = await pendingTimers(runtime, fileId)
    expect(timers.some((t) => t.startsWith('T5-'))).toBe(true)
    // T2 was armed twice (submitted, then re-armed after the complements) and cancelled by the approval.
    expect(timers.some((t) => t.startsWith('T2-') || t.startsWith('T3-'))).toBe(false)
  })

  it('runs the effects of an event published twice only once', async () => {
    const before = { requests: await notificationRequests(runtime, fileId), timers: await pendingTimers(runtime, fileId) }
    const { docs } = await payload.find({ collection: 'outbox-events', where: { aggregateId: { equals: fileId } }, sort: '-occurredAt', limit: 1, overrideAccess: true })
    const approval = docs[0]
    // Re-publish by the relay (same job id) and under another job id (as after BullMQ removed the first job).
    await payload.update({ collection: 'outbox-events', id: approval.id, overrideAccess: true, data: { status: 'pending' } })
    await runtime.queues.events.add('file.moved', {
      eventId: approval.eventId,
      type: approval.type,
      aggregate: approval.aggregate,
      aggregateId: approval.aggregateId,
      data: approval.data as Record<string, unknown>,
      occurredAt: approval.occurredAt,
    }, { jobId: `replay-${approval.eventId}` })
    await settle(payload, runtime)
    expect(await pendingEvents()).toBe(0)
    expect(await notificationRequests(runtime, fileId)).toEqual(before.requests)
    expect(await pendingTimers(runtime, fileId)).toEqual(before.timers)
  })
})
