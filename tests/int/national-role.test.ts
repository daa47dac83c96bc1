/**
 * The national coordination (issue 20, role `national`): it reads every federation's documents, figures and
 * registers; it publishes national stories and news (no federation), which every federation reads and none
 * modifies; it acts on no federation's document — no edit, no deletion, no move, no creation there — through REST.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import { paragraphs } from '../../src/seed/content/lexical'
import { makeSiret } from '../../src/validation/siret'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { restCall } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'

const PASSWORD = 'motdepasse-test'
const body = paragraphs('Texte.')
let payload: Payload
let a: FileWorld
let federationA: string
let federationB: string
const inA: Partial<Record<CollectionSlug, string>> = {}
const inB: Partial<Record<CollectionSlug, string>> = {}
let storyB: string
const NATIONAL = 'national-role@example.org'
const COORD_B = 'coord-b-national-role@example.org'

const rest = (email: string | undefined, method: string, path: string, payloadBody?: unknown) =>
  restCall(payload, { method, path, login: email ? { email, password: PASSWORD } : undefined, body: payloadBody })
const create = async (collection: CollectionSlug, data: Record<string, unknown>) =>
  String((await payload.create({ collection, overrideAccess: true, context: { skipWelcomeMail: true }, data: data as never })).id)
const stored = (collection: CollectionSlug, id: string) => payload.findByID({ collection, id, depth: 0, overrideAccess: true }) as unknown as Promise<Record<string, unknown>>
const messageOf = (json: Record<string, unknown>) => String((json.errors as { message?: string }[] | undefined)?.[0]?.message ?? json.message ?? '')

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  a = await createFileWorld(payload, new Date(), 60)
  federationA = String((await stored('structures', a.structureId)).federation)
  inA.structures = a.structureId
  inA.sessions = a.sessionId
  federationB = await create('federations', { name: 'FAS Bretagne', territory: 'Bretagne', phase: 'experimentation', networkName: 'PIX Bretagne' })
  const b = { federation: federationB }
  await create('users', { email: NATIONAL, password: PASSWORD, name: 'Coordination nationale', role: 'national', language: 'fr' })
  await create('users', { email: COORD_B, password: PASSWORD, name: 'Coordination Bretagne', role: 'coordinator', language: 'fr', federations: [federationB] })
  inB.structures = await create('structures', { ...b, name: 'CHRS Rennes', type: 'chrs', siret: makeSiret('53000001', '0015'), commune: 'Rennes', postalCode: '35000', departement: '35' })
  inB.campaigns = await create('campaigns', { ...b, title: 'Expérimentation Bretagne', phase: 'experimentation', region: 'bretagne', startDate: '2027-01-04T00:00:00.000Z' })
  const day = Date.UTC(2027, 2, 1, 8)
  inB.sessions = await create('sessions', {
    title: 'Session Rennes',
    structures: [inB.structures],
    slots: [{ start: new Date(day).toISOString(), end: new Date(day + 3.5 * 3600_000).toISOString(), period: 'am' }],
  })
  inB['funding-files'] = await create('funding-files', { structure: inB.structures, session: inB.sessions, requestedAmount: 4800, requestedTrainees: 8 })
  inA['funding-files'] = await create('funding-files', { structure: a.structureId, session: a.sessionId, requestedAmount: 3600, requestedTrainees: 6 })
  inB.participants = await create('participants', { name: 'Brieuc Rennes', email: 'brieuc-national-role@example.org', structure: inB.structures, jobRole: 'social-worker' })
  storyB = await create('stories', { ...b, title: 'Témoignage Rennes', body, _status: 'published' })
}, 180_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('the national coordination reads every federation', () => {
  it('lists the structures, sessions, funding files and participants of both federations', async () => {
    for (const collection of ['structures', 'sessions', 'funding-files'] as const) {
      const { status, json } = await rest(NATIONAL, 'GET', `/${collection}?limit=500&depth=0`)
      expect([collection, status, messageOf(json)]).toEqual([collection, 200, ''])
      const ids = new Set((json.docs as { id: string }[]).map((d) => String(d.id)))
      expect([collection, ids.has(String(inA[collection]))]).toEqual([collection, true])
      expect([collection, ids.has(String(inB[collection]))]).toEqual([collection, true])
    }
    const participant = await rest(NATIONAL, 'GET', `/participants/${inB.participants}?depth=0`)
    expect(participant.status).toBe(200)
  })

  it('reads the figures and registers: the dashboard and the BPF', async () => {
    const dashboard = await rest(NATIONAL, 'GET', '/reports/dashboard')
    expect(dashboard.status).toBe(200)
    const bpf = await rest(NATIONAL, 'GET', `/reports/bpf?year=${new Date().getFullYear()}&format=csv`)
    expect(bpf.status).toBe(200)
    expect(bpf.contentType).toContain('text/csv')
  })
})

describe('the national coordination acts on no federation’s document', () => {
  it('may not change, delete or create a structure, session, campaign or funding file of any federation', async () => {
    const before = await stored('structures', inB.structures!)
    for (const [collection, id] of [
      ['structures', inB.structures],
      ['structures', inA.structures],
      ['sessions', inB.sessions],
      ['campaigns', inB.campaigns],
      ['funding-files', inA['funding-files']],
    ] as const) {
      const patch = await rest(NATIONAL, 'PATCH', `/${collection}/${id}`, { internalNotes: 'national', notes: 'national', title: 'Changé' })
      expect([collection, 'PATCH', patch.status]).toEqual([collection, 'PATCH', 403])
      const remove = await rest(NATIONAL, 'DELETE', `/${collection}/${id}`)
      expect([collection, 'DELETE', remove.status]).toEqual([collection, 'DELETE', 403])
    }
    const created = await rest(NATIONAL, 'POST', '/structures', { name: 'CHRS Brest', type: 'chrs', siret: makeSiret('53000002', '0013'), commune: 'Brest', departement: '29' })
    expect(created.status).toBe(403)
    expect(await stored('structures', inB.structures!)).toEqual(before)
    expect((await payload.count({ collection: 'structures', where: { name: { equals: 'CHRS Brest' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('may not move a funding file, and is offered no move', async () => {
    const moves = await rest(NATIONAL, 'GET', `/funding-files/${inA['funding-files']}/moves`)
    expect(moves.status).toBe(200)
    const offered = JSON.stringify(moves.json)
    expect(offered).not.toMatch(/"to":"[a-z_]+","allowed":true/)
    const before = await stored('funding-files', inA['funding-files']!)
    const move = await rest(NATIONAL, 'POST', `/funding-files/${inA['funding-files']}/transition`, { to: 'submitted' })
    expect(move.status).toBeGreaterThanOrEqual(400)
    expect(move.status).toBeLessThan(500)
    expect((await stored('funding-files', inA['funding-files']!)).status).toBe(before.status)
  })

  it('keeps its own account, as everyone does', async () => {
    const me = await payload.find({ collection: 'users', where: { email: { equals: NATIONAL } }, depth: 0, overrideAccess: true })
    const id = String(me.docs[0].id)
    const renamed = await rest(NATIONAL, 'PATCH', `/users/${id}`, { name: 'Hélène Roux' })
    expect(renamed.status).toBe(200)
    const coordinator = await payload.find({ collection: 'users', where: { email: { equals: COORD_B } }, depth: 0, overrideAccess: true })
    const other = await rest(NATIONAL, 'PATCH', `/users/${coordinator.docs[0].id}`, { name: 'Renommé' })
    expect(other.status).toBe(403)
    const promoted = await rest(NATIONAL, 'PATCH', `/users/${id}`, { role: 'admin' })
    expect(promoted.status).toBe(403)
    expect((await stored('users', id)).role).toBe('national')
  })

  it('may not edit a federation’s story', async () => {
    const patch = await rest(NATIONAL, 'PATCH', `/stories/${storyB}`, { summary: 'Réécrit au national' })
    expect(patch.status).toBe(403)
    expect((await stored('stories', storyB)).summary ?? null).toBeNull()
  })
})

describe('national content', () => {
  it('is published by the national coordination without a federation, read by a federation, modified by none of its people', async () => {
    const created = await rest(NATIONAL, 'POST', '/news', { title: 'Lancement national', body, _status: 'published' })
    expect(created.status).toBe(201)
    const id = String((created.json.doc as { id: string }).id)
    expect((await stored('news', id)).federation ?? null).toBeNull()

    const own = await rest(NATIONAL, 'PATCH', `/news/${id}`, { summary: 'Le programme arrive dans votre région.' })
    expect(own.status).toBe(200)

    const read = await rest(COORD_B, 'GET', `/news/${id}?depth=0`)
    expect(read.status).toBe(200)
    const changed = await rest(COORD_B, 'PATCH', `/news/${id}`, { summary: 'Réécrit en région' })
    expect(changed.status).toBe(403)
    expect((await stored('news', id)).summary).toBe('Le programme arrive dans votre région.')
  })

  it('is never written into a federation by the national coordination: a clear refusal, nothing stored', async () => {
    const refused = await rest(NATIONAL, 'POST', '/stories', { title: 'Témoignage breton', body, federation: federationB, _status: 'published' })
    expect(refused.status).toBe(400)
    // The field's error, as the admin shows it under the field.
    expect(JSON.stringify(refused.json)).toMatch(/coordination nationale publie des contenus nationaux.*national coordination publishes national content/)
    expect((await payload.count({ collection: 'stories', where: { title: { equals: 'Témoignage breton' } }, overrideAccess: true })).totalDocs).toBe(0)
    // The federation of A is untouched by any of this.
    expect((await stored('structures', inA.structures!)).federation).toBe(federationA)
  })
})
