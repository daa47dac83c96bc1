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
})
