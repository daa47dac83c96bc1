/**
 * `npm run federations:backfill` (src/federations/backfill.ts): a database from before federations, without the
 * SQLite migration (MongoDB in compose), gets what the migration does: its rows in « FAS PACA-Corse-DOM », its
 * coordinators members of it; once. Rows written as the adapter writes them before federations (no federation).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import { FIRST_FEDERATION } from '../../collections/federations/phases'
import { BACKFILL_REFUSED, backfillFirstFederation } from '../../src/federations/backfill'
import { makeSiret } from '../../src/validation/siret'
import { bootPayload } from '../helpers/boot'
import { restCall } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'

let payload: Payload
const PASSWORD = 'motdepasse-backfill'
const before: Partial<Record<CollectionSlug, string>> = {}

/** A row as the database held it before federations: written by the adapter, without the federation hook. */
const oldRow = async (collection: CollectionSlug, data: Record<string, unknown>) => String((await payload.db.create({ collection, data })).id)

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  before.structures = await oldRow('structures', { name: 'CHRS Ancien', type: 'chrs', siret: makeSiret('61000001', '0011'), commune: 'Nice', departement: '06', contactStatus: 'to-approach', contactStep: 'first' })
  before['eric-spaces'] = await oldRow('eric-spaces', { name: 'ERIC Ancien', commune: 'Nice', departement: '06' })
  before.sessions = await oldRow('sessions', {
    title: 'Session ancienne',
    structures: [before.structures],
    slots: [{ id: 'a1b2c3d4e5f6a1b2c3d4e5f6', start: '2014-03-10T08:00:00.000Z', end: '2014-03-10T11:30:00.000Z', period: 'am' }],
    status: 'done',
  })
  before.campaigns = await oldRow('campaigns', { title: 'Campagne ancienne', slug: 'campagne-ancienne', phase: 'pilot', startDate: '2014-01-01T00:00:00.000Z' })
  // An account as the admin created it then: a coordinator of no federation. Its password through the Local API,
  // then its federations taken away as they were.
  const coordinator = await payload.create({ collection: 'users', overrideAccess: true, context: { skipWelcomeMail: true }, data: { email: 'ancienne@backfill.example.org', password: PASSWORD, name: 'Ancienne', role: 'coordinator', language: 'fr' } as never })
  await payload.db.updateOne({ collection: 'users', id: coordinator.id, data: { federations: [] } })
  await payload.delete({ collection: 'federations', where: { id: { exists: true } }, overrideAccess: true })
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('npm run federations:backfill', () => {
  it('puts the rows of no federation into FAS PACA-Corse-DOM (made), makes the coordinators members, and they see their data again', async () => {
    const lists = async () => {
      const { json } = await restCall(payload, { path: '/structures?limit=100&depth=0', login: { email: 'ancienne@backfill.example.org', password: PASSWORD } })
      return ((json.docs ?? []) as { id: string }[]).map((d) => String(d.id))
    }
    expect(await lists()).toEqual([])
    const report = await backfillFirstFederation(payload)
    expect(report).toMatchObject({ created: true, members: 1, rows: { structures: 1, 'eric-spaces': 1, campaigns: 1, sessions: 1, 'funding-files': 0 } })
    const session = await payload.findByID({ collection: 'sessions', id: before.sessions!, depth: 0, overrideAccess: true })
    expect([session.slots?.length, session.structures?.length]).toEqual([1, 1])
    const federation = await payload.findByID({ collection: 'federations', id: report.federation, depth: 0, overrideAccess: true })
    expect(federation).toMatchObject({ name: FIRST_FEDERATION.name, slug: FIRST_FEDERATION.slug, networkName: 'ERIC' })
    for (const [collection, id] of Object.entries(before) as [CollectionSlug, string][]) {
      const doc = (await payload.findByID({ collection, id, depth: 0, overrideAccess: true })) as { federation?: unknown }
      expect({ collection, federation: String(doc.federation) }).toEqual({ collection, federation: report.federation })
    }
    // Written back whole: the account's sign-in session (an array) survives, and so does a session's list of slots.
    expect(await lists()).toEqual([before.structures])
  })

  it('finds nothing to do the second time, and is refused once a second federation exists (nothing changed)', async () => {
    const again = await backfillFirstFederation(payload)
    expect(again.created).toBe(false)
    expect(Object.values(again.rows).every((n) => n === 0)).toBe(true)
    expect(again.members).toBe(0)
    await payload.create({ collection: 'federations', overrideAccess: true, data: { name: 'FAS Bretagne', territory: 'Bretagne', phase: 'pilot' } as never })
    await oldRow('structures', { name: 'CHRS Sans fédération', type: 'chrs', siret: makeSiret('61000002', '0011'), commune: 'Nice', departement: '06', contactStatus: 'to-approach', contactStep: 'first' })
    await expect(backfillFirstFederation(payload)).rejects.toThrow(`${BACKFILL_REFUSED.fr} / ${BACKFILL_REFUSED.en}`)
    expect((await payload.count({ collection: 'structures', where: { federation: { exists: false } }, overrideAccess: true })).totalDocs).toBe(1)
  })
})
