import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { nextTimer, notificationRequests, pendingTimers, settle, timerNames } from '../helpers/pipeline'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { useTestEnv, type TestEnv } from '../helpers/test-env'

const DAY = 24 * 3600 * 1000

let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime
let catcher: MailCatcher
let world: FileWorld
/** The workflow's clock: moved forward as timers are promoted instead of waited for. */
let clock = new Date()

type Move = typeof import('../../collections/funding-files/move-service').moveFundingFile
let moveFundingFile: Move

const userDoc = async (id: string) => payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })
const fileStatus = async (id: string) => {
  const doc = await payload.findByID({ collection: 'funding-files', id, overrideAccess: true, depth: 0 })
  return { status: doc.status, billingStatus: doc.billingStatus }
}
const move = async (id: string, kind: 'transition' | 'billing', to: string, who: keyof FileWorld['users'], input?: Record<string, unknown>) => {
  await moveFundingFile(payload, { id, kind, to, input, user: (await userDoc(world.users[who].id)) as never, now: clock })
  await settle(payload, runtime)
}
/** Promotes the earliest pending occurrence of a timer, with the clock set to its due time. */
const fire = async (fileId: string, timer: string) => {
  const { job, at } = await nextTimer(runtime, fileId, timer)
  clock = new Date(at.getTime() + 1000)
  await job.promote()
  await settle(payload, runtime)
}

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  ;({ moveFundingFile } = await import('../../collections/funding-files/move-service'))
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  catcher = await startMailCatcher({ port: env.smtpPort })
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(payload, { now: () => clock })
  world = await createFileWorld(payload, clock, 60)
})

afterAll(async () => {
  await runtime?.close(2000)
  await catcher?.close()
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

const createFile = async (who: keyof FileWorld['users'] = 'structureAdmin') => {
  // A session already delivered (the first walk closes its file) takes no new file: later tests get a world of their own.
  const session = await payload.findByID({ collection: 'sessions', id: world.sessionId, overrideAccess: true, depth: 0 })
  if (['cancelled', 'delivered'].includes(String(session.status))) world = await createFileWorld(payload, clock, 60)
  const doc = await payload.create({
    collection: 'funding-files',
    overrideAccess: false,
    user: (await userDoc(world.users[who].id)) as never,
    context: { now: clock },
    data: { structure: world.structureId, session: world.sessionId, requestedAmount: 4800, requestedTrainees: 10 } as never,
  })
  await settle(payload, runtime)
  return String(doc.id)
}

describe('a funding file walked from draft to closed', () => {
  it('follows every step with the right timers and notifications', async () => {
    const id = await createFile()
    expect(await fileStatus(id)).toEqual({ status: 'draft', billingStatus: 'none' })
    expect(timerNames(await pendingTimers(runtime, id))).toEqual(expect.arrayContaining(['T0', 'T1', 'expiry']))
    expect(await notificationRequests(runtime, id)).toEqual([{ kind: 'file.created', roles: ['coordinators'] }])

    // The structure admin ticks the checklist: the file becomes ready by itself, the completeness nudge stops.
    await payload.update({
      collection: 'funding-files',
      id,
      overrideAccess: false,
      user: (await userDoc(world.users.structureAdmin.id)) as never,
      context: { now: clock },
      data: { checklist: { devisSigned: true, conventionSigned: true, programmeAttached: true } } as never,
    })
    await settle(payload, runtime)
    expect((await fileStatus(id)).status).toBe('ready')
    expect(timerNames(await pendingTimers(runtime, id))).not.toContain('T0')
    expect(timerNames(await pendingTimers(runtime, id))).toContain('T1')

    await move(id, 'transition', 'submitted', 'structureAdmin', { opcoRef: 'OPCO-2026-4411' })
    let timers = timerNames(await pendingTimers(runtime, id))
    expect(timers).toContain('T2')
    expect(timers).not.toContain('T1')

    await move(id, 'transition', 'approved', 'structureAdmin', { agreedAmount: 4800, validUntil: new Date(world.start.getTime() + 60 * DAY).toISOString() })
    timers = timerNames(await pendingTimers(runtime, id))
    expect(timers).toEqual(expect.arrayContaining(['T4', 'T5', 'T6', 'T7', 'T8']))
    expect(timers).not.toContain('T2')
    expect((await notificationRequests(runtime, id)).map((n) => n.kind)).toContain('file.approved')

    // D−14: convocations go out and the file is convened.
    await fire(id, 'T5')
    expect((await fileStatus(id)).status).toBe('convened')
    // The convocations the mails announce are kept on the file, one PDF for the session's participants.
    const convened = await payload.findByID({ collection: 'funding-files', id, overrideAccess: true, depth: 0 })
    expect(((convened.documents ?? []) as { type?: string | null }[]).map((d) => d.type)).toContain('convocation')
    timers = timerNames(await pendingTimers(runtime, id))
    expect(timers).toEqual(expect.arrayContaining(['T11', 'T12', 'session_start']))
    expect(timers).not.toContain('T5')

    await fire(id, 'session_start')
    expect((await fileStatus(id)).status).toBe('in_progress')
    expect(timerNames(await pendingTimers(runtime, id))).toEqual(expect.arrayContaining(['T13', 'session_end']))
    expect(timerNames(await pendingTimers(runtime, id))).not.toContain('T11')

    await fire(id, 'session_end')
    expect((await fileStatus(id)).status).toBe('delivered')
    expect(timerNames(await pendingTimers(runtime, id))).toEqual(expect.arrayContaining(['T14', 'T15', 'T16', 'T20a']))

    // The coordinator records the evidence: the file is ready to invoice by itself.
    await payload.update({
      collection: 'funding-files',
      id,
      overrideAccess: false,
      user: (await userDoc(world.users.coordinator.id)) as never,
      context: { now: clock },
      data: { evidence: { sheetsSigned: true, sheetsCountersigned: true, hoursComputed: true, certificatsSigned: true } } as never,
    })
    await settle(payload, runtime)
    expect(await fileStatus(id)).toEqual({ status: 'evidence_ready', billingStatus: 'to_invoice' })
    expect(timerNames(await pendingTimers(runtime, id))).toContain('T17')

    await move(id, 'billing', 'invoiced', 'coordinator')
    expect(timerNames(await pendingTimers(runtime, id))).toContain('T18')
    expect(timerNames(await pendingTimers(runtime, id))).not.toContain('T17')
    await move(id, 'billing', 'paid', 'coordinator')
    expect(timerNames(await pendingTimers(runtime, id))).not.toContain('T18')

    // E+60: the cold survey goes out, the file is in follow-up.
    await fire(id, 'T20a')
    expect((await fileStatus(id)).status).toBe('follow_up')
    expect(timerNames(await pendingTimers(runtime, id))).toContain('T20')

    await move(id, 'transition', 'reported', 'coordinator')
    expect(timerNames(await pendingTimers(runtime, id))).not.toContain('T20')
    await move(id, 'transition', 'closed', 'coordinator', { reportValidated: true })
    expect(await fileStatus(id)).toEqual({ status: 'closed', billingStatus: 'paid' })
    // Closing cancels everything but the archive purge.
    expect(timerNames(await pendingTimers(runtime, id))).toEqual(['T22'])

    const history = await payload.find({ collection: 'audit-events', where: { file: { equals: id } }, sort: 'at', pagination: false, overrideAccess: true })
    expect(history.docs.map((h) => h.to)).toEqual([
      'draft', 'ready', 'submitted', 'approved', 'convened', 'in_progress', 'delivered',
      'evidence_ready', 'invoiced', 'paid', 'follow_up', 'reported', 'closed',
    ])
  })

  it('removes every pending timer of a cancelled file', async () => {
    const id = await createFile()
    await payload.update({ collection: 'funding-files', id, overrideAccess: true, context: { now: clock }, data: { checklist: { devisSigned: true, conventionSigned: true, programmeAttached: true } } as never })
    await settle(payload, runtime)
    await move(id, 'transition', 'submitted', 'structureAdmin', { opcoRef: 'X-1' })
    await move(id, 'transition', 'approved', 'coordinator', { agreedAmount: 4800, validUntil: new Date(world.start.getTime() + 30 * DAY).toISOString() })
    expect((await pendingTimers(runtime, id)).length).toBeGreaterThan(3)
    await move(id, 'transition', 'cancelled', 'structureAdmin', { reason: 'Session annulée' })
    expect(await pendingTimers(runtime, id)).toEqual([])
    expect((await notificationRequests(runtime, id)).at(-1)?.kind).toBe('file.cancelled')
  })
})

describe('refused moves change nothing', () => {
  it('refuses a structure admin moving another structure’s file (403)', async () => {
    const id = await createFile()
    const before = await payload.count({ collection: 'audit-events', where: { file: { equals: id } }, overrideAccess: true })
    await expect(move(id, 'transition', 'cancelled', 'otherAdmin')).rejects.toMatchObject({ status: 403 })
    expect((await fileStatus(id)).status).toBe('draft')
    expect((await payload.count({ collection: 'audit-events', where: { file: { equals: id } }, overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses an illegal move with 409, naming the allowed moves in French and English', async () => {
    const id = await createFile()
    const error = await move(id, 'transition', 'closed', 'coordinator').catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 409, data: { code: 'illegal', allowed: expect.arrayContaining(['cancelled']) } })
    expect(String((error as Error).message)).toMatch(/ \/ /)
    expect((await fileStatus(id)).status).toBe('draft')
  })

  it('refuses to set the status by a plain edit', async () => {
    const id = await createFile()
    await expect(
      payload.update({ collection: 'funding-files', id, overrideAccess: true, data: { status: 'approved' } as never }),
    ).rejects.toMatchObject({ status: 400 })
    expect((await fileStatus(id)).status).toBe('draft')
  })

  it('lets exactly one of two concurrent moves of a file win', async () => {
    const id = await createFile()
    await payload.update({ collection: 'funding-files', id, overrideAccess: true, context: { now: clock }, data: { checklist: { devisSigned: true, conventionSigned: true, programmeAttached: true } } as never })
    await settle(payload, runtime)
    await move(id, 'transition', 'submitted', 'structureAdmin', { opcoRef: 'X-2' })
    const coordinator = await userDoc(world.users.coordinator.id)
    const results = await Promise.allSettled([
      moveFundingFile(payload, { id, kind: 'transition', to: 'refused', input: { refusalReason: 'Dossier incomplet' }, user: coordinator as never, now: clock }),
      moveFundingFile(payload, { id, kind: 'transition', to: 'approved', input: { agreedAmount: 4800, validUntil: world.start.toISOString() }, user: coordinator as never, now: clock }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1)
    const winner = (results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<{ status: string }>).value.status
    expect((await fileStatus(id)).status).toBe(winner)
    const moves = await payload.count({ collection: 'audit-events', where: { and: [{ file: { equals: id } }, { from: { equals: 'submitted' } }] }, overrideAccess: true })
    expect(moves.totalDocs).toBe(1)
  })
})
