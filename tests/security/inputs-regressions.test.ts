import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { restCall } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'

/**
 * Inputs the property tests once drew that answered 500, kept as fixed cases: an object's inherited keys taken for
 * its own (`__proto__` as a document type or a region), a filter on a relationship to several collections.
 */
describe('inputs that once answered 500', () => {
  let payload: Payload
  let world: FileWorld
  let fileId: string
  const as = (who: 'admin' | 'coordinator') => ({ email: world.users[who].email, password: 'motdepasse-test' })
  const bilingual = (json: Record<string, unknown>) => expect(String(json.message)).toMatch(/ \/ /)

  beforeAll(async () => {
    await useTestEnv()
    payload = await bootPayload()
    world = await createFileWorld(payload, new Date(), 60)
    fileId = String((await payload.create({ collection: 'funding-files', overrideAccess: true, data: { structure: world.structureId, session: world.sessionId, requestedAmount: 1000 } as never })).id)
  })
  afterAll(async () => {
    await payload.destroy()
  })

  it.each(['__proto__', 'constructor', 'toString'])('refuses « %s » as a document type, to read or to make', async (docType) => {
    for (const method of ['GET', 'POST']) {
      const { status, json } = await restCall(payload, { method, path: `/funding-files/${fileId}/documents/${docType}`, login: as('admin') })
      expect([method, status]).toEqual([method, 400])
      bilingual(json)
    }
  })

  it('answers an unknown API address in both languages, and still serves the known ones', async () => {
    // Drawn by the endpoint property test: « . » as a document type collapses the path to one no endpoint matches.
    for (const [method, path] of [
      ['GET', '/funding-files/..%2F..%2Fetc%2Fpasswd/documents/.?version=1'],
      ['POST', '/campaigns/..%2F..%2Fetc%2Fpasswd/kit/.'],
      ['GET', '/nowhere/at/all'],
      ['DELETE', '/globals/organisation-settings/nowhere'],
    ]) {
      const { status, json } = await restCall(payload, { method, path, login: as('admin') })
      expect([method, path, status, json.code]).toEqual([method, path, 404, 'route_not_found'])
      expect(String(json.message)).toMatch(/^Adresse d’API inconnue : .* \/ unknown API address: /)
    }
    expect((await restCall(payload, { path: '/users/me', login: as('admin') })).status).toBe(200)
    expect((await restCall(payload, { path: `/funding-files/${fileId}`, login: as('admin') })).status).toBe(200)
    expect((await restCall(payload, { path: '/health' })).status).toBe(200)
  })

  it('refuses « __proto__ » as a region of the dashboard', async () => {
    const { status, json } = await restCall(payload, { path: '/reports/dashboard?region=__proto__', login: as('coordinator') })
    expect(status).toBe(400)
    bilingual(json)
  })

  it('refuses any filter on a relationship to several collections, and says so', async () => {
    for (const where of ['where[sources][in]=2026-01-01', 'where[sources.value][in]=0b0f4b8e-6f2f-4a8e-9d53-1f3c1d2e3a4b', 'where[sources][equals]=x', 'where[sources][exists]=true']) {
      const { status, json } = await restCall(payload, { path: `/improvement-actions?${where}`, login: as('coordinator') })
      expect([where, status]).toEqual([where, 400])
      expect(String(json.message)).toContain('plusieurs collections')
      bilingual(json)
    }
    expect((await restCall(payload, { path: '/improvement-actions?where[title][exists]=true', login: as('coordinator') })).status).toBe(200)
  })

  it('refuses to empty a participant’s required e-mail (its own check had dropped « required »), and keeps it', async () => {
    const participant = await payload.create({
      collection: 'participants',
      overrideAccess: true,
      data: { name: 'Noé Requis', email: 'noe.requis@example.org', structure: world.structureId, jobRole: 'social-worker', language: 'fr' } as never,
    })
    for (const email of [null, '']) {
      const { status, json } = await restCall(payload, { method: 'PATCH', path: `/participants/${participant.id}`, body: { email }, login: as('admin') })
      expect([email, status]).toEqual([email, 400])
      expect(JSON.stringify(json)).toContain('Ce champ est obligatoire / this field is required')
    }
    expect((await payload.findByID({ collection: 'participants', id: participant.id, depth: 0, overrideAccess: true })).email).toBe('noe.requis@example.org')
  })
})
