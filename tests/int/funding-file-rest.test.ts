import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { restCall } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'

let payload: Payload
let world: FileWorld
let fileId: string

/** A JSON REST call signed in as `email` (or anonymous). */
const rest = (method: string, path: string, email?: string, body?: unknown) =>
  restCall(payload, { method, path, login: email ? { email, password: 'motdepasse-test' } : undefined, body })

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  world = await createFileWorld(payload, new Date(), 60)
  const file = await payload.create({
    collection: 'funding-files',
    overrideAccess: true,
    data: { status: 'draft', billingStatus: 'none', structure: world.structureId, session: world.sessionId, requestedAmount: 4800, requestedTrainees: 10 },
  })
  fileId = String(file.id)
  await payload.update({ collection: 'funding-files', id: fileId, overrideAccess: true, data: { checklist: { devisSigned: true, conventionSigned: true, programmeAttached: true } } })
})

afterAll(async () => {
  await payload?.destroy()
})

describe('POST /api/funding-files/:id/transition', () => {
  it('lists the moves the signed-in person may make', async () => {
    const { status, json } = await rest('GET', `/funding-files/${fileId}/moves`, world.users.structureAdmin.email)
    expect(status).toBe(200)
    expect(json.status).toBe('ready')
    expect((json.transitions as { to: string }[]).map((m) => m.to).sort()).toEqual(['cancelled', 'submitted'])
  })

  it('answers 401 without a session, 403 to another structure, 400 without a target', async () => {
    expect((await rest('POST', `/funding-files/${fileId}/transition`, undefined, { to: 'submitted' })).status).toBe(401)
    const other = await rest('POST', `/funding-files/${fileId}/transition`, world.users.otherAdmin.email, { to: 'submitted' })
    expect(other.status).toBe(403)
    expect(String(other.json.message)).toContain(' / ')
    expect((await rest('POST', `/funding-files/${fileId}/transition`, world.users.structureAdmin.email, {})).status).toBe(400)
  })

  it('refuses an illegal move with 409 and the allowed moves, and changes nothing', async () => {
    const { status, json } = await rest('POST', `/funding-files/${fileId}/transition`, world.users.structureAdmin.email, { to: 'approved' })
    expect(status).toBe(409)
    expect(json).toMatchObject({ code: 'illegal', allowed: ['submitted', 'cancelled'] })
    expect((await payload.findByID({ collection: 'funding-files', id: fileId, overrideAccess: true })).status).toBe('ready')
  })

  it('refuses a move whose data is missing (400) and makes it once the data is given', async () => {
    const missing = await rest('POST', `/funding-files/${fileId}/transition`, world.users.structureAdmin.email, { to: 'submitted' })
    expect(missing.status).toBe(400)
    const done = await rest('POST', `/funding-files/${fileId}/transition`, world.users.structureAdmin.email, {
      to: 'submitted',
      reason: 'Déposé sur le portail OPCO',
      data: { opcoRef: 'OPCO-REST-7' },
    })
    expect(done.status).toBe(200)
    expect(done.json.doc).toMatchObject({ status: 'submitted', opcoRef: 'OPCO-REST-7' })
    const audit = await payload.find({ collection: 'audit-events', where: { and: [{ file: { equals: fileId } }, { to: { equals: 'submitted' } }] }, overrideAccess: true })
    expect(audit.docs[0]).toMatchObject({ reason: 'Déposé sur le portail OPCO', actorRole: 'structure-admin' })
  })

  it('reports the outbox lag to coordinators only', async () => {
    const lag = await rest('GET', '/outbox-events/lag', world.users.coordinator.email)
    expect(lag.status).toBe(200)
    // No worker runs in this file: the moves' events are all still pending.
    expect(lag.json.pending).toBeGreaterThan(0)
    expect(lag.json.lagMs).toBeGreaterThanOrEqual(0)
    expect((await rest('GET', '/outbox-events/lag', world.users.structureAdmin.email)).status).toBe(403)
  })
})
