/**
 * The demo's second federation (issue 20): `npm run demo` seeds Auvergne-Rhône-Alpes, in its pilot phase, beside
 * PACA's regional roll-out, with its own network, legal name, lead time, structures, campaign and coordinator. Each
 * coordinator sees their own federation only, the national account both, and a second seed changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { FIRST_FEDERATION } from '../../collections/federations/phases'
import { seed } from '../../src/seed'
import { DEMO_ACCOUNTS } from '../../src/seed/demo-accounts'
import { SECOND_FEDERATION, SECOND_FEDERATION_ACCOUNT } from '../../src/seed/second-federation'
import { NATIONAL_PROGRAMME, SECOND_FEDERATION_EDITION } from '../../src/seed/national-programme'
import { PROGRAMME } from '../../src/seed/content/programme'
import type { NationalDashboard } from '../../src/reports/national/types'
import { bootPayload } from '../helpers/boot'
import { restCall } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'

let payload: Payload
const account = (email: string) => {
  const found = [...DEMO_ACCOUNTS, SECOND_FEDERATION_ACCOUNT].find((a) => a.email === email)
  if (!found) throw new Error(`no demo account ${email}`)
  return { email: found.email, password: found.password }
}
const names = async (email: string, collection: string) => {
  const { status, json } = await restCall(payload, { path: `/${collection}?limit=1000&depth=0`, login: account(email) })
  expect(status).toBe(200)
  return ((json.docs ?? []) as { name?: string; title?: string }[]).map((d) => d.name ?? d.title ?? '').sort()
}

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  await seed(payload, { secondFederation: true })
}, 300_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('the demo’s two federations', () => {
  it('seeds PACA (ERIC, regional roll-out) and Auvergne-Rhône-Alpes (a hub, pilot) with its own legal name and lead time', async () => {
    const { docs } = await payload.find({ collection: 'federations', sort: 'createdAt', depth: 0, overrideAccess: true })
    expect(docs.map((f) => [f.name, f.networkName, f.phase])).toEqual([
      [FIRST_FEDERATION.name, 'ERIC', 'regional'],
      [SECOND_FEDERATION.name, 'Hub', 'pilot'],
    ])
    expect(docs[1]?.organisation?.name).toBe('FAS Auvergne-Rhône-Alpes (démo)')
    expect(docs[1]?.leadTimes?.map((r) => [r.opco, r.days])).toEqual([['uniformation', 35]])
  })

  it('its coordinator sees its structures and pilot campaign only; PACA’s sees none of them; the national account both', async () => {
    const aura = SECOND_FEDERATION_ACCOUNT.email
    expect(await names(aura, 'structures')).toEqual(['ACI Belledonne (démo)', 'CADA Les Volcans (démo)', 'CHRS Le Rhône (démo)'])
    expect(await names(aura, 'campaigns')).toEqual(['Pilote Auvergne-Rhône-Alpes'])
    const paca = await names('coordination@essaim.local', 'structures')
    expect(paca.length).toBeGreaterThan(0)
    expect(paca.filter((n) => n.endsWith('(démo)') && ['CHRS Le Rhône (démo)', 'CADA Les Volcans (démo)', 'ACI Belledonne (démo)'].includes(n))).toEqual([])
    expect(await names('coordination@essaim.local', 'campaigns')).not.toContain('Pilote Auvergne-Rhône-Alpes')
    const national = await names('national@essaim.local', 'structures')
    expect(national).toEqual(expect.arrayContaining(['CHRS Le Rhône (démo)', ...paca]))
  })

  it('the national view shows both side by side, each in its phase', async () => {
    const { status, json } = await restCall(payload, { path: '/dashboard/national', login: account('national@essaim.local') })
    expect(status).toBe(200)
    const columns = (json as unknown as NationalDashboard).federations
    // Side by side in the order of their names.
    expect(columns.map((c) => [c.federation?.name, c.federation?.phase, c.reach.structures.count])).toEqual([
      [SECOND_FEDERATION.name, 'pilot', 3],
      [FIRST_FEDERATION.name, 'regional', expect.any(Number)],
    ])
  })

  it('the national programme, without a federation, with each federation’s edition of it keeping the protected « pourquoi »', async () => {
    const bySlug = async (slug: string) => (await payload.find({ collection: 'programmes', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })).docs[0]
    const template = await bySlug(NATIONAL_PROGRAMME.slug)
    expect(template?.federation ?? null).toBeNull()
    const why = template?.modules?.find((m) => m.protected)
    expect(why?.title).toBe('Pourquoi une culture numérique ?')
    const paca = await bySlug(PROGRAMME.slug)
    const aura = await bySlug(SECOND_FEDERATION_EDITION.slug)
    // Neither the national programme nor the pilot's edition speaks of PACA's network.
    for (const programme of [template, aura]) expect(JSON.stringify([programme?.summary, programme?.methods, programme?.modules])).not.toContain('ERIC')
    expect(aura?.contacts?.map((c) => c.email)).toEqual([SECOND_FEDERATION_ACCOUNT.email])
    for (const edition of [paca, aura]) {
      expect(String(edition?.template)).toBe(String(template?.id))
      expect(edition?.modules?.find((m) => m.protected)).toMatchObject({ title: why?.title, minutes: why?.minutes })
    }
    // Each coordinator reads the template and their own edition; the template is not theirs to change.
    expect(await names(SECOND_FEDERATION_ACCOUNT.email, 'programmes')).toEqual([NATIONAL_PROGRAMME.title, SECOND_FEDERATION_EDITION.title].sort())
    const { status } = await restCall(payload, { method: 'PATCH', path: `/programmes/${template?.id}`, login: account('coordination@essaim.local'), body: { summary: 'Modifié' } })
    expect(status).toBe(403)
  })

  it('a second seed finds everything and creates nothing, with two federations', async () => {
    const again = await seed(payload, { secondFederation: true })
    expect(again.created).toBe(0)
    expect((await payload.count({ collection: 'federations', overrideAccess: true })).totalDocs).toBe(2)
  })
})
