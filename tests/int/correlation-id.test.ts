import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { handleEndpoints, type Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { nextTimer, settle } from '../helpers/pipeline'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { waitFor } from '../helpers/wait'

/**
 * One id follows a move from the click to the mailbox: the caller's X-Request-Id is the outbox event's, the notify
 * and mail jobs', the delivery rows', the mails' X-Essaim-Correlation-Id header and every log line's on the way.
 * Real parts: REST through Payload's handler, the worker runtime on Redis, SQLite, an SMTP server on loopback.
 */
let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime
let world: FileWorld
let catcher: MailCatcher
let logs: { records(): Record<string, unknown>[]; stop(): void }
/** The workers' clock: a timer is promoted with the clock set to its due time. */
let clock = new Date()

type Answer = { status: number; requestId: string | null }

/** POST …/transition signed in as the structure admin, with the given X-Request-Id (or none). */
async function moveTo(fileId: string, body: Record<string, unknown>, requestId?: string): Promise<Answer> {
  const { token } = await payload.login({ collection: 'users', data: { email: world.users.structureAdmin.email, password: 'motdepasse-test' } })
  const headers = new Headers({ Authorization: `JWT ${token}`, 'Content-Type': 'application/json' })
  if (requestId !== undefined) headers.set('X-Request-Id', requestId)
  const request = new Request(`http://localhost:3000/api/funding-files/${fileId}/transition`, { method: 'POST', headers, body: JSON.stringify(body) })
  const response = await handleEndpoints({ config: payload.config, request })
  await response.arrayBuffer()
  return { status: response.status, requestId: response.headers.get('x-request-id') }
}

/** A file of the world's structure, ready to be submitted, its creation's mails already gone. */
async function readyFile(): Promise<string> {
  const file = await payload.create({
    collection: 'funding-files',
    overrideAccess: true,
    data: { status: 'draft', billingStatus: 'none', structure: world.structureId, session: world.sessionId, requestedAmount: 4800, requestedTrainees: 10 },
  })
  const id = String(file.id)
  await payload.update({ collection: 'funding-files', id, overrideAccess: true, data: { checklist: { devisSigned: true, conventionSigned: true, programmeAttached: true } } })
  await settle(payload, runtime)
  return id
}

const submit = { to: 'submitted', data: { opcoRef: 'OPCO-CORR-1' } }

beforeAll(async () => {
  // Info level: the lines of the move's path (the move, the notification, each mail sent) are written.
  env = await useTestEnv({ LOG_LEVEL: 'info', LOG_FORMAT: 'json' })
  logs = (await import('../../src/lib/logger')).captureLogLines()
  payload = await bootPayload()
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  catcher = await startMailCatcher({ port: env.smtpPort })
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(payload, { now: () => clock })
  world = await createFileWorld(payload, new Date(), 60)
})

afterAll(async () => {
  logs?.stop()
  await runtime?.close(2000)
  await catcher?.close()
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('a correlation id from the click to the mail', () => {
  it('is the same in the answer, the outbox event, the delivery rows, the mails and the log lines', async () => {
    const fileId = await readyFile()
    const id = `click-${Date.now().toString(36)}`
    const answer = await moveTo(fileId, submit, id)
    expect(answer).toEqual({ status: 200, requestId: id })
    await settle(payload, runtime)

    const events = await payload.find({ collection: 'outbox-events', where: { correlationId: { equals: id } }, pagination: false, overrideAccess: true })
    expect(events.docs.map((e) => [e.type, e.aggregateId, e.status])).toEqual([['file.moved', fileId, 'published']])

    // file.submitted goes to the coordinators and the session's facilitator: one row and one mail each.
    const rows = await payload.find({ collection: 'notifications', where: { correlationId: { equals: id } }, pagination: false, overrideAccess: true })
    expect(rows.docs.length).toBeGreaterThanOrEqual(1)
    expect(new Set(rows.docs.map((r) => r.kind))).toEqual(new Set(['file.submitted']))
    await waitFor('every mail of the move', () => catcher.mails.filter((m) => m.raw.includes(id)).length >= rows.docs.length)
    const { simpleParser } = await import('mailparser')
    const mails = await Promise.all(catcher.mails.filter((m) => m.raw.includes(id)).map((m) => simpleParser(m.raw)))
    expect(mails.map((m) => m.headers.get('x-essaim-correlation-id'))).toEqual(rows.docs.map(() => id))
    expect(rows.docs.every((r) => r.status === 'sent')).toBe(true)

    // The log lines of the path, from the endpoint to the mail job, each carrying the id.
    const lines = logs.records().filter((r) => r.correlationId === id)
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['file moved', 'notification queued', 'mail sent']))
    expect(lines.filter((l) => l.msg === 'mail sent')).toHaveLength(rows.docs.length)
    // …and no line about this file's move without it.
    const moved = logs.records().filter((r) => r.msg === 'file moved' && r.fileId === fileId)
    expect(moved.map((l) => l.correlationId)).toEqual([id])
  })

  it('makes an id when the caller sends none or an unusable one, and returns it', async () => {
    const none = await moveTo(await readyFile(), submit)
    expect(none.status).toBe(200)
    expect(none.requestId).toMatch(/^[0-9a-f-]{36}$/)

    const fileId = await readyFile()
    const injected = await moveTo(fileId, submit, 'evil id\twith spaces"')
    expect(injected.status).toBe(200)
    expect(injected.requestId).toMatch(/^[0-9a-f-]{36}$/)
    const events = await payload.find({ collection: 'outbox-events', where: { and: [{ aggregateId: { equals: fileId } }, { type: { equals: 'file.moved' } }] }, sort: '-occurredAt', limit: 1, overrideAccess: true })
    expect(events.docs[0].correlationId).toBe(injected.requestId)
  })

  it("gives a timer's firing a new id of its own, carried by everything it causes", async () => {
    const fileId = await readyFile()
    const moveId = `move-${Date.now().toString(36)}`
    expect((await moveTo(fileId, submit, moveId)).status).toBe(200)
    await settle(payload, runtime)
    // T2: the OPCO has not answered; the structure admin is reminded.
    const { job, at } = await nextTimer(runtime, fileId, 'T2')
    clock = new Date(at.getTime() + 1000)
    await job.promote()
    await settle(payload, runtime)

    const events = await payload.find({ collection: 'outbox-events', where: { aggregateId: { equals: fileId } }, sort: 'occurredAt', pagination: false, overrideAccess: true })
    const fired = events.docs.filter((e) => new Date(e.occurredAt).getTime() > new Date(events.docs.find((d) => d.correlationId === moveId)!.occurredAt).getTime())
    expect(fired.length).toBeGreaterThanOrEqual(1)
    const timerId = fired[0].correlationId
    expect(timerId).toMatch(/^[0-9a-f-]{36}$/)
    expect(fired.map((e) => e.correlationId)).toEqual(fired.map(() => timerId))
    const rows = await payload.find({ collection: 'notifications', where: { correlationId: { equals: timerId } }, pagination: false, overrideAccess: true })
    expect(rows.docs.length).toBeGreaterThanOrEqual(1)
    expect(logs.records().filter((r) => r.correlationId === timerId && r.msg === 'mail sent')).toHaveLength(rows.docs.length)
  })

  it('answers a refused move with its id too', async () => {
    const refused = await moveTo(await readyFile(), { to: 'approved' }, 'refused-move-1')
    expect(refused).toEqual({ status: 409, requestId: 'refused-move-1' })
  })
})
