import { createClient, type Client } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionAfterChangeHook } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import { pendingTimers, settle } from '../helpers/pipeline'
import { restCall } from '../helpers/rest'
import { createCompleteFile } from '../int/outbox-fixtures'
import { printFigures } from './harness/ledger'
import { openScene, type Scene } from './harness/scene'

// A write failing in the middle of a move, after the outbox row is written: a hook that throws (a bug in a later
// hook) and the database itself refusing a write of the move (a SQLite trigger on the audit entry, written last).
// Whatever fails, the move is one transaction: no half state, no event, no timer, no mail, a clear error.
let scene: Scene
let runtime: WorkerRuntime
let sql: Client
let fileId: string

const HOOK_FAULT = 'FAULT-HOOK'
const DB_FAULT = 'FAULT-DB'
/** Throws after publishMove (the outbox row and the audit entry are written) for the move that asks for it. */
const failingHook: CollectionAfterChangeHook = ({ doc }) => {
  if ((doc as { opcoRef?: string }).opcoRef === `OPCO-${HOOK_FAULT}`) {
    throw new Error('panne injectée après l’écriture de l’outbox / injected fault after the outbox row')
  }
  return doc
}

beforeAll(async () => {
  scene = await openScene()
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(scene.payload)
  scene.payload.collections['funding-files'].config.hooks.afterChange.push(failingHook)
  sql = createClient({ url: `file:${scene.env.databaseFile}` })
  await sql.execute(
    `CREATE TRIGGER fault_refuse_audit BEFORE INSERT ON audit_events WHEN NEW.reason = '${DB_FAULT}'
     BEGIN SELECT RAISE(ABORT, 'database refuses the write'); END`,
  )
  fileId = await createCompleteFile(scene.payload, scene.world)
  await scene.payload.update({ collection: 'funding-files', id: fileId, overrideAccess: true, data: { requestedTrainees: 11 } as never })
  await settle(scene.payload, runtime)
}, 120000)

afterAll(async () => {
  sql?.close()
  await runtime?.close(2000)
  await scene?.close()
}, 60000)

/** Everything a move of the file leaves behind: its state, timeline, outbox rows, event jobs, timers and mails. */
async function traces() {
  const where = { file: { equals: fileId } }
  const file = await scene.payload.findByID({ collection: 'funding-files', id: fileId, depth: 0, overrideAccess: true })
  const eventJobs = (await runtime.queues.events.getJobs(['completed', 'waiting', 'active', 'delayed', 'failed'])).filter((j) => j.data.aggregateId === fileId)
  return {
    status: file.status,
    opcoRef: (file as { opcoRef?: string | null }).opcoRef ?? null,
    audit: (await scene.payload.count({ collection: 'audit-events', where, overrideAccess: true })).totalDocs,
    outbox: (await scene.payload.count({ collection: 'outbox-events', where: { aggregateId: { equals: fileId } }, overrideAccess: true })).totalDocs,
    eventJobs: eventJobs.length,
    timers: await pendingTimers(runtime, fileId),
    deliveries: (await scene.payload.count({ collection: 'notifications', where, overrideAccess: true })).totalDocs,
    mails: scene.smtp.received.size,
  }
}

describe('a write failing in the middle of a move', () => {
  const coordinator = () => ({ email: scene.world.users.coordinator.email, password: 'motdepasse-test' })
  const submit = (reason: string) =>
    restCall(scene.payload, {
      method: 'POST',
      path: `/funding-files/${fileId}/transition`,
      login: coordinator(),
      body: { to: 'submitted', reason, data: { opcoRef: `OPCO-${reason}` } },
    })

  it.each([
    ['a hook throwing after the outbox row', HOOK_FAULT, /injected fault after the outbox row/],
    // Drizzle names the refused statement; SQLite's own reason is its cause.
    ['the database refusing the last write', DB_FAULT, /Failed query: insert into "audit_events"/],
  ])('%s: no half state, no event, no timer, no mail, a clear error', async (what, reason, message) => {
    const before = await traces()
    expect(before.status).toBe('ready')
    // Through REST (the admin UI): a 500 that says, in French and English, that nothing was done; no internals.
    const answer = await submit(reason)
    // Through the Local API (a script, a timer): the cause itself.
    const user = await scene.payload.findByID({ collection: 'users', id: scene.world.users.coordinator.id, overrideAccess: true })
    const local = scene.move(scene.payload, { id: fileId, kind: 'transition', to: 'submitted', input: { reason, opcoRef: `OPCO-${reason}` }, user: user as never })
    await expect(local).rejects.toThrow(message)
    await settle(scene.payload, runtime)
    const after = await traces()
    printFigures(`failing write: ${what}`, { status: answer.status, error: answer.json.message, before, after })
    expect(answer.status).toBe(500)
    expect(answer.json).toMatchObject({ code: 'internal_error', message: expect.stringMatching(/erreur inattendue.*\/ an unexpected error/) })
    expect(after).toEqual(before)
  })

  it('leaves the file movable: the same move without the fault commits and takes effect', async () => {
    const before = await traces()
    const answer = await submit('Déposé sur le portail OPCO')
    expect(answer.status).toBe(200)
    await settle(scene.payload, runtime)
    const after = await traces()
    expect(after).toMatchObject({ status: 'submitted', opcoRef: 'OPCO-Déposé sur le portail OPCO', audit: before.audit + 1, outbox: before.outbox + 1, eventJobs: before.eventJobs + 1 })
    expect(after.timers.length).toBeGreaterThan(0)
    expect(after.mails).toBeGreaterThan(before.mails)
  })
})
