import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { sessionDatesLabel } from '../../src/admin/session-dates'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { restRequest } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'

/**
 * What the admin shows a person, through REST as the admin reads it: a facilitator's sessions with their dates and
 * the names of their venues (and no other ERIC space), and refusals naming fields by their labels.
 */
let payload: Payload
let world: FileWorld
let otherEricId: string
const PASSWORD = 'motdepasse-test'

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  world = await createFileWorld(payload, new Date())
  otherEricId = String(
    (
      await payload.create({
        collection: 'eric-spaces',
        overrideAccess: true,
        data: { name: 'ERIC Ailleurs', commune: 'Nice', postalCode: '06000', departement: '06', email: 'ailleurs@example.org' } as never,
      })
    ).id,
  )
})
afterAll(async () => {
  await payload?.destroy()
})

const as = (key: keyof FileWorld['users']) => ({ email: world.users[key].email, password: PASSWORD })

describe('a facilitator’s sessions', () => {
  it('come with their dates and their venue’s name, for a venue that is not the facilitator’s own ERIC space', async () => {
    const res = await restRequest(payload, { path: '/sessions?depth=1', login: as('facilitator') })
    expect(res.status).toBe(200)
    const { docs } = (await res.json()) as { docs: { id: string; dates: string; slots: { start: string; end: string }[]; venue: { name?: string } | string }[] }
    const session = docs.find((d) => String(d.id) === world.sessionId)
    expect(session).toBeDefined()
    expect(session!.venue).toMatchObject({ name: expect.stringContaining('ERIC La Fabrique') })
    expect(session!.dates).toBe(sessionDatesLabel(session!.slots))
    expect(session!.dates).toMatch(/^\d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}$/)
  })

  it('open that venue to them, and no other ERIC space', async () => {
    expect((await restRequest(payload, { path: `/eric-spaces/${world.ericId}`, login: as('facilitator') })).status).toBe(200)
    const other = await restRequest(payload, { path: `/eric-spaces/${otherEricId}`, login: as('facilitator') })
    expect([403, 404]).toContain(other.status)
    const list = (await (await restRequest(payload, { path: '/eric-spaces?limit=100', login: as('facilitator') })).json()) as { docs: { id: string }[] }
    expect(list.docs.map((d) => String(d.id))).toEqual([world.ericId])
  })

  it('lose that venue when they no longer teach there', async () => {
    await payload.update({ collection: 'sessions', id: world.sessionId, overrideAccess: true, data: { facilitators: [] } })
    expect([403, 404]).toContain((await restRequest(payload, { path: `/eric-spaces/${world.ericId}`, login: as('facilitator') })).status)
    await payload.update({ collection: 'sessions', id: world.sessionId, overrideAccess: true, data: { facilitators: [world.users.facilitator.id] } })
  })

  it('cannot have their « Dates » written: it is computed, stored nowhere', async () => {
    const res = await restRequest(payload, {
      method: 'PATCH',
      path: `/sessions/${world.sessionId}`,
      login: as('coordinator'),
      body: JSON.stringify({ dates: 'hier' }),
      contentType: 'application/json',
    })
    expect(res.status).toBe(200)
    const doc = await payload.findByID({ collection: 'sessions', id: world.sessionId, overrideAccess: true })
    expect((doc as unknown as { dates: string }).dates).not.toBe('hier')
  })
})

describe('a refusal', () => {
  it('names the field by its labels, not by its path, and changes nothing', async () => {
    const before = await payload.findByID({ collection: 'sessions', id: world.sessionId, overrideAccess: true })
    const res = await restRequest(payload, {
      method: 'PATCH',
      path: `/sessions/${world.sessionId}`,
      login: as('coordinator'),
      body: JSON.stringify({ capacity: { min: 12, max: 4 } }),
      contentType: 'application/json',
    })
    expect(res.status).toBe(400)
    // The wording around the labels is the central error mapping's (src/validation); the labels are the field's.
    const text = JSON.stringify(await res.json())
    expect(text).toMatch(/Effectif . Maximum/)
    expect(text).toMatch(/Capacity . Maximum/)
    expect(text).not.toMatch(/(?<![\w"])capacity\.max(?![\w"])/)
    const after = await payload.findByID({ collection: 'sessions', id: world.sessionId, overrideAccess: true })
    expect(after.capacity).toEqual(before.capacity)
  })
})
