/**
 * Issue 18, reasons re-checked when acting: the « OPCO sans réponse » reminder (T2) fires while the file is filed
 * with the OPCO; the approval lands before its mail is rendered; the mail then goes to nobody, and the delivery log
 * says it was skipped and why. The same reminder without the approval in between goes out (the control).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { nextTimer, settle } from '../helpers/pipeline'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { waitFor } from '../helpers/wait'

const DAY = 24 * 3600 * 1000
let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime
let catcher: MailCatcher
let world: FileWorld
/** The workflow's clock, moved to a timer's due time when it is promoted. */
let clock = new Date()
let moveFundingFile: typeof import('../../collections/funding-files/move-service').moveFundingFile

const userDoc = async (id: string) => payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  ;({ moveFundingFile } = await import('../../collections/funding-files/move-service'))
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  catcher = await startMailCatcher({ port: env.smtpPort })
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(payload, { now: () => clock })
  world = await createFileWorld(payload, clock, 60)
}, 120000)

afterAll(async () => {
  await runtime?.close(2000)
  await catcher?.close()
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

/** A file filed with the OPCO: its T2 reminders are armed. */
async function submittedFile(ref: string): Promise<string> {
  const admin = (await userDoc(world.users.structureAdmin.id)) as never
  const doc = await payload.create({
    collection: 'funding-files',
    overrideAccess: false,
    user: admin,
    context: { now: clock },
    data: { structure: world.structureId, session: world.sessionId, requestedAmount: 4800, requestedTrainees: 10 } as never,
  })
  const id = String(doc.id)
  await payload.update({
    collection: 'funding-files',
    id,
    overrideAccess: false,
    user: admin,
    context: { now: clock },
    data: { checklist: { devisSigned: true, conventionSigned: true, programmeAttached: true } } as never,
  })
  await moveFundingFile(payload, { id, kind: 'transition', to: 'submitted', input: { opcoRef: ref }, user: admin, now: clock })
  await settle(payload, runtime)
  return id
}

const deliveries = async (fileId: string, kind: string) =>
  (await payload.find({ collection: 'notifications', where: { and: [{ file: { equals: fileId } }, { kind: { equals: kind } }] }, overrideAccess: true, depth: 0, pagination: false })).docs

describe('a timer’s mail whose reason is gone by the time it is rendered', () => {
  it('is not sent when the approval lands between the timer’s firing and the mail’s rendering', async () => {
    const id = await submittedFile('OPCO-RECHECK-1')
    // The mail side is slow today: the timer fires, its request waits in the notify queue. The queue is paused, not
    // the worker: a worker paused while its fetch is in flight may still take the next job.
    await runtime.queues.notify.pause()
    try {
      const { job, at } = await nextTimer(runtime, id, 'T2')
      clock = new Date(at.getTime() + 1000)
      await job.promote()
      // Generous on a loaded machine: the firing goes through the timers, the outbox relay and the events queue.
      await waitFor('the reminder’s request', async () => (await runtime.queues.notify.getJobs(['waiting'])).some((j) => j.data.fileId === id && j.data.kind === 'file.opco_silent'), 60000, 50)

      // Meanwhile the structure admin uploads the APC.
      const admin = (await userDoc(world.users.structureAdmin.id)) as never
      await moveFundingFile(payload, { id, kind: 'transition', to: 'approved', input: { agreedAmount: 4800, validUntil: new Date(world.start.getTime() + 60 * DAY).toISOString() }, user: admin, now: clock })
    } finally {
      // Whatever happened above, the next test finds the mail side running.
      await runtime.queues.notify.resume()
    }
    await settle(payload, runtime)

    const rows = await deliveries(id, 'file.opco_silent')
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row.status).toBe('skipped')
      expect(row.lastError).toBe('Non envoyé : le dossier est passé à l’état « accordé ». / Not sent: the file is now approved.')
    }
    // No mail job was queued for them, so nothing reached the SMTP server.
    for (const row of rows) expect(await runtime.queues.mail.getJob(`mail-${row.idempotencyKey}`)).toBeUndefined()
    // The approval's own mails went out.
    expect((await deliveries(id, 'file.approved')).every((r) => r.status === 'sent')).toBe(true)
  }, 90000)

  it('is sent when the file is still where the timer fired (the control)', async () => {
    const id = await submittedFile('OPCO-RECHECK-2')
    const updatedAt = async () => (await payload.findByID({ collection: 'funding-files', id, depth: 0, overrideAccess: true })).updatedAt
    const before = await updatedAt()
    const { job, at } = await nextTimer(runtime, id, 'T2')
    clock = new Date(at.getTime() + 1000)
    await job.promote()
    await settle(payload, runtime)
    const rows = await deliveries(id, 'file.opco_silent')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.map((r) => r.status)).toEqual(rows.map(() => 'sent'))
    // The timer's bookkeeping is not an edit: an edit view open on the file says no « Document modifié ».
    expect(await updatedAt()).toBe(before)
  }, 90000)
})
