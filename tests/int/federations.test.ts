/**
 * Federations (issue 20, first part): every structure, network space, facilitator, campaign, session, funding file,
 * story and news item belongs to one federation; coordinators, editors and facilitators read and write only in
 * theirs, through REST and GraphQL; national content (no federation) is read by all and modified by none of them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import { FEDERATED_COLLECTIONS, NATIONAL_CONTENT_COLLECTIONS } from '../../collections/shared/access/federation-scope'
import { makeSiret } from '../../src/validation/siret'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { restCall } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'
import { tinyPdf } from '../security/reference-fixtures'

const PASSWORD = 'motdepasse-test'
const body = {
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'Texte.', version: 1 }] }],
  },
}
let payload: Payload
let a: FileWorld
let federationA: string
let federationB: string
/** One document of each federated collection in federation B, by collection. */
const inB: Partial<Record<CollectionSlug, string>> = {}
let nationalStory: string
/** Documents that belong to a federation through their parent (participant → structure, enrolment → session). */
const childrenA: Partial<Record<CollectionSlug, string>> = {}
const childrenB: Partial<Record<CollectionSlug, string>> = {}
let storyA: string
const people: Record<string, string> = {}

const rest = (email: string | undefined, method: string, path: string, body?: unknown) =>
  restCall(payload, { method, path, login: email ? { email, password: PASSWORD } : undefined, body })
const idOf = (doc: { id: string | number }) => String(doc.id)
const create = async (collection: CollectionSlug, data: Record<string, unknown>) =>
  idOf(await payload.create({ collection, overrideAccess: true, context: { skipWelcomeMail: true }, data: data as never }))
const federationOf = async (collection: CollectionSlug, id: string) => {
  const doc = (await payload.findByID({ collection, id, depth: 0, overrideAccess: true })) as { federation?: unknown }
  return doc.federation ?? null
}
const listIds = async (email: string, collection: string) => {
  const { status, json } = await rest(email, 'GET', `/${collection}?limit=1000&depth=0&draft=true`)
  expect(status).toBe(200)
  return new Set(((json as { docs: { id: string }[] }).docs ?? []).map((d) => String(d.id)))
}

async function graphql(email: string, query: string) {
  const login = await rest(undefined, 'POST', '/users/login', { email, password: PASSWORD })
  const token = (login.json as { token?: string }).token
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const response = await GRAPHQL_POST(Promise.resolve(payload.config))(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as { data?: Record<string, { docs: { id: string }[] } | null>; errors?: unknown[] }
}

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  // Federation A is the platform's first: everything created while it is the only one goes into it.
  a = await createFileWorld(payload, new Date(), 60)
  federationA = String(await federationOf('structures', a.structureId))
  storyA = await create('stories', { title: 'Témoignage A', body, _status: 'published' })

  federationB = await create('federations', { name: 'FAS Auvergne-Rhône-Alpes', territory: 'Auvergne-Rhône-Alpes', phase: 'pilot', networkName: 'Hub' })
  const user = async (key: string, role: string, extra: Record<string, unknown> = {}) => {
    const email = `${key}-${federationB.slice(0, 6)}@example.org`
    people[key] = email
    return create('users', { email, password: PASSWORD, name: key, role, language: 'fr', ...extra })
  }
  await user('coordB', 'coordinator', { federations: [federationB] })
  await user('editorB', 'editor', { federations: [federationB] })
  await user('editorA', 'editor', { federations: [federationA] })
  await user('editorAB', 'editor', { federations: [federationA, federationB] })
  const trainerB = await user('trainerB', 'facilitator', { federations: [federationB] })
  const b = { federation: federationB }
  inB.structures = await create('structures', { ...b, name: 'CHRS Lyon', type: 'chrs', siret: makeSiret('52000001', '0012'), commune: 'Lyon', postalCode: '69001', departement: '69' })
  inB['eric-spaces'] = await create('eric-spaces', { ...b, name: 'Hub Lyon', commune: 'Lyon', postalCode: '69002', departement: '69' })
  inB.facilitators = await create('facilitators', { name: 'Animatrice Lyon', user: trainerB, ericSpace: inB['eric-spaces'] })
  inB.campaigns = await create('campaigns', { ...b, title: 'Pilote Auvergne-Rhône-Alpes', phase: 'pilot', region: 'ara', startDate: '2027-01-04T00:00:00.000Z' })
  const day = Date.UTC(2027, 2, 1, 8)
  inB.sessions = await create('sessions', {
    title: 'Session Lyon',
    structures: [inB.structures],
    slots: [{ start: new Date(day).toISOString(), end: new Date(day + 3.5 * 3600_000).toISOString(), period: 'am' }],
  })
  inB['funding-files'] = await create('funding-files', { structure: inB.structures, session: inB.sessions, requestedAmount: 4800, requestedTrainees: 8 })
  const participant = (name: string, structure: string) =>
    create('participants', { name, email: `${name.toLowerCase().replace(/\W+/g, '-')}-${federationB.slice(0, 6)}@example.org`, structure, jobRole: 'social-worker' })
  childrenA.participants = await participant('Ana Marseille', a.structureId)
  childrenA.enrolments = await create('enrolments', { session: a.sessionId, participant: childrenA.participants, status: 'invited' })
  childrenB.participants = await participant('Bruno Lyon', inB.structures)
  childrenB.enrolments = await create('enrolments', { session: inB.sessions, participant: childrenB.participants, status: 'invited' })
  const log = (key: string, structure: string) =>
    create('notifications', { idempotencyKey: `${key}-${federationB}`, kind: 'file.approved', recipientEmail: `${key}@example.org`, language: 'fr', status: 'sent', attempts: 1, structure })
  childrenA.notifications = await log('mail-a', a.structureId)
  childrenB.notifications = await log('mail-b', inB.structures)
  inB.stories = await create('stories', { ...b, title: 'Témoignage Lyon', body, _status: 'published' })
  inB.news = await create('news', { ...b, title: 'Actualité Lyon', body, _status: 'published' })
  inB.programmes = await create('programmes', {
    ...b,
    title: 'Édition Auvergne-Rhône-Alpes',
    objectives: [{ text: 'Comprendre' }],
    audience: 'Tous',
    prerequisites: 'Aucun',
    methods: 'Ateliers',
    evaluation: 'Quiz',
    accessibility: 'Accessible',
    _status: 'published',
  })
  // The quality registers and the GDPR and import logs of B.
  inB['improvement-actions'] = await create('improvement-actions', { ...b, title: 'Action Lyon', decidedAt: '2027-01-10T00:00:00.000Z', status: 'planned' })
  inB['financer-appreciations'] = await create('financer-appreciations', {
    ...b,
    year: 2027,
    opco: 'opco-sante',
    collectedAt: '2027-01-12T00:00:00.000Z',
    contactName: 'Conseillère OPCO Lyon',
    channel: 'survey',
    rating: 4,
  })
  inB['personal-data-requests'] = await create('personal-data-requests', { ...b, kind: 'export', subjectType: 'participant', subjectId: 'p-lyon', at: '2027-01-13T00:00:00.000Z' })
  inB['structure-imports'] = await create('structure-imports', { ...b, filename: 'structures-lyon.csv', source: 'admin', status: 'done', startedAt: '2027-01-14T00:00:00.000Z' })
  // Written by the system with two federations and nothing to go by: national content.
  nationalStory = await create('stories', { title: 'Témoignage national', body, _status: 'published' })
}, 180_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('every document belongs to one federation', () => {
  it('takes it from its parent or its writer, and national content has none', async () => {
    expect(federationA).toMatch(/[\w-]{8,}/)
    for (const [collection, id] of [['sessions', a.sessionId], ['eric-spaces', a.ericId], ['structures', a.otherStructureId], ['stories', storyA]] as const)
      expect(await federationOf(collection, id)).toBe(federationA)
    // Children of B's documents, created without naming a federation, follow their parent.
    for (const collection of ['facilitators', 'sessions', 'funding-files'] as const) expect(await federationOf(collection, inB[collection]!)).toBe(federationB)
    expect(await federationOf('stories', nationalStory)).toBeNull()

    // Through the API: a file a structure admin of A creates is A's; a structure coordinator B creates is B's.
    const file = await rest(a.users.structureAdmin.email, 'POST', '/funding-files', { structure: a.structureId, session: a.sessionId, requestedAmount: 4200, requestedTrainees: 6 })
    expect(file.status).toBe(201)
    expect(await federationOf('funding-files', String((file.json as { doc: { id: string } }).doc.id))).toBe(federationA)
    const structure = await rest(people.coordB, 'POST', '/structures', { name: 'CADA Grenoble', type: 'cada', siret: makeSiret('52000002', '0012'), commune: 'Grenoble', postalCode: '38000', departement: '38' })
    expect(structure.status).toBe(201)
    expect(await federationOf('structures', String((structure.json as { doc: { id: string } }).doc.id))).toBe(federationB)
  })

  it('refuses, with several federations, a document nothing places in one', async () => {
    const before = await payload.count({ collection: 'campaigns', overrideAccess: true })
    const refused = await payload
      .create({ collection: 'campaigns', overrideAccess: true, data: { title: 'Sans fédération', phase: 'pilot', region: 'ara', startDate: '2027-01-04T00:00:00.000Z' } as never })
      .then(() => undefined, (error: { data?: unknown }) => error)
    expect(JSON.stringify(refused?.data)).toMatch(/Choisissez la fédération.*choose the federation/)
    expect((await payload.count({ collection: 'campaigns', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })
})

describe('members read only their federation (REST and GraphQL)', () => {
  it('a coordinator of A lists none of B, every collection; a coordinator of B none of A', async () => {
    for (const collection of FEDERATED_COLLECTIONS) {
      const seenByA = await listIds(a.users.coordinator.email, collection)
      expect({ collection, leaked: inB[collection] && seenByA.has(inB[collection]!) }).toEqual({ collection, leaked: false })
      const seenByB = await listIds(people.coordB, collection)
      expect({ collection, seesOwn: seenByB.has(inB[collection]!) }).toEqual({ collection, seesOwn: true })
    }
    const structuresSeenByB = await listIds(people.coordB, 'structures')
    expect(structuresSeenByB.has(a.structureId)).toBe(false)
    expect((await listIds(people.coordB, 'funding-files')).size).toBeGreaterThan(0)
    expect([403, 404]).toContain((await rest(a.users.coordinator.email, 'GET', `/structures/${inB.structures}`)).status)
    expect([403, 404]).toContain((await rest(people.coordB, 'GET', `/sessions/${a.sessionId}`)).status)
  })

  it('every member role of each federation, every federated collection: no document of the other federation is listed', async () => {
    const members: [string, string][] = [
      [a.users.coordinator.email, federationA],
      [people.editorA, federationA],
      [a.users.facilitator.email, federationA],
      [people.coordB, federationB],
      [people.editorB, federationB],
      [people.trainerB, federationB],
    ]
    const leaks: string[] = []
    let read = 0
    for (const [email, own] of members) {
      for (const collection of FEDERATED_COLLECTIONS) {
        const { status, json } = await rest(email, 'GET', `/${collection}?limit=1000&depth=0&draft=true`)
        // A role without read access to a collection at all reads nothing of any federation.
        if (status === 403) continue
        expect({ email, collection, status }).toEqual({ email, collection, status: 200 })
        for (const doc of (json as { docs: { id: string; federation?: unknown }[] }).docs) {
          read += 1
          const federation = doc.federation === null || doc.federation === undefined ? null : String(doc.federation)
          const national = federation === null && NATIONAL_CONTENT_COLLECTIONS.includes(collection)
          if (federation !== own && !national) leaks.push(`${email} ${collection} ${doc.id} (${federation})`)
        }
      }
    }
    expect(leaks).toEqual([])
    expect(read).toBeGreaterThan(20)
  })

  it('what belongs to a federation through its parent (participants, enrolments, delivery log) holds the same line', async () => {
    for (const collection of ['participants', 'enrolments', 'notifications'] as const) {
      const byA = await listIds(a.users.coordinator.email, collection)
      const byB = await listIds(people.coordB, collection)
      expect({ collection, a: [byA.has(childrenA[collection]!), byA.has(childrenB[collection]!)], b: [byB.has(childrenB[collection]!), byB.has(childrenA[collection]!)] }).toEqual({
        collection,
        a: [true, false],
        b: [true, false],
      })
    }
    expect([403, 404]).toContain((await rest(people.coordB, 'GET', `/participants/${childrenA.participants}`)).status)
    const renamed = await rest(people.coordB, 'PATCH', `/participants/${childrenA.participants}`, { name: 'Renommé par B' })
    expect(renamed.status).toBeGreaterThanOrEqual(400)
    expect((await payload.findByID({ collection: 'participants', id: childrenA.participants!, overrideAccess: true })).name).toBe('Ana Marseille')
  })

  it('editors read their federation’s stories and the national ones, not the other federation’s', async () => {
    const byB = await listIds(people.editorB, 'stories')
    expect([byB.has(inB.stories!), byB.has(nationalStory), byB.has(storyA)]).toEqual([true, true, false])
    const byA = await listIds(people.editorA, 'stories')
    expect([byA.has(storyA), byA.has(nationalStory), byA.has(inB.stories!)]).toEqual([true, true, false])
  })

  it('GraphQL lists and single reads hold the same line', async () => {
    const answer = await graphql(a.users.coordinator.email, '{ Structures(limit: 1000) { docs { id } } FundingFiles(limit: 1000) { docs { id } } Stories(limit: 1000, draft: true) { docs { id } } }')
    expect(answer.errors).toBeUndefined()
    const ids = new Set(Object.values(answer.data ?? {}).flatMap((c) => (c?.docs ?? []).map((d) => String(d.id))))
    expect(ids.has(a.structureId)).toBe(true)
    expect([inB.structures, inB['funding-files'], inB.stories].filter((id) => ids.has(id!))).toEqual([])
    const single = await graphql(a.users.coordinator.email, `{ Structure(id: "${inB.structures}") { id name } }`)
    expect(single.data?.Structure ?? null).toBeNull()
  })
})

describe('accounts and a structure’s documents hold the same line', () => {
  const structureDocument = async (structure: string, name: string) => {
    const pdf = await tinyPdf(name)
    return idOf(await payload.create({ collection: 'media', overrideAccess: true, data: { alt: name, audience: 'structure', structure } as never, file: { data: pdf, mimetype: 'application/pdf', name: `${name}.pdf`, size: pdf.length } }))
  }

  it('a coordinator lists their federation’s people and themselves, not another federation’s, and changes none of them', async () => {
    const adminOfB = await create('users', { email: `admin-b-${federationB.slice(0, 6)}@example.org`, password: PASSWORD, name: 'Admin Lyon', role: 'structure-admin', language: 'fr', structures: [inB.structures] })
    const coordinatorA = a.users.coordinator
    const byA = await listIds(coordinatorA.email, 'users')
    // Stored lower-cased, as Payload keeps e-mails.
    const id = async (email: string) => idOf((await payload.find({ collection: 'users', where: { email: { equals: email.toLowerCase() } }, overrideAccess: true, limit: 1 })).docs[0]!)
    const [coordB, editorAB, editorA] = await Promise.all([id(people.coordB), id(people.editorAB), id(people.editorA)])
    expect({ self: byA.has(await id(coordinatorA.email)), editorA: byA.has(editorA), editorAB: byA.has(editorAB), coordB: byA.has(coordB), adminOfB: byA.has(adminOfB) }).toEqual({
      self: true,
      editorA: true,
      editorAB: true,
      coordB: false,
      adminOfB: false,
    })
    const byB = await listIds(people.coordB, 'users')
    expect([byB.has(coordB), byB.has(adminOfB), byB.has(editorAB), byB.has(editorA)]).toEqual([true, true, true, false])
    expect([403, 404]).toContain((await rest(people.coordB, 'GET', `/users/${editorA}`)).status)
    const renamed = await rest(people.coordB, 'PATCH', `/users/${editorA}`, { name: 'Renommé par B' })
    expect(renamed.status).toBeGreaterThanOrEqual(400)
    expect((await payload.findByID({ collection: 'users', id: editorA, overrideAccess: true })).name).toBe('editorA')
  })

  it('a structure’s generated documents (personal data) are read and deleted only within its federation; shared media stay shared', async () => {
    const documentA = await structureDocument(a.structureId, 'certificat-a')
    const documentB = await structureDocument(inB.structures!, 'certificat-b')
    const pdf = await tinyPdf('Kit')
    const shared = idOf(await payload.create({ collection: 'media', overrideAccess: true, data: { alt: 'Kit', audience: 'internal' } as never, file: { data: pdf, mimetype: 'application/pdf', name: 'kit.pdf', size: pdf.length } }))
    const byA = await listIds(a.users.coordinator.email, 'media')
    const byEditorB = await listIds(people.editorB, 'media')
    expect({ a: [byA.has(documentA), byA.has(documentB), byA.has(shared)], editorB: [byEditorB.has(documentB), byEditorB.has(documentA), byEditorB.has(shared)] }).toEqual({
      a: [true, false, true],
      editorB: [true, false, true],
    })
    expect([403, 404]).toContain((await rest(people.coordB, 'GET', `/media/${documentA}`)).status)
    expect((await rest(people.coordB, 'DELETE', `/media/${documentA}`)).status).toBeGreaterThanOrEqual(400)
    expect((await payload.findByID({ collection: 'media', id: documentA, overrideAccess: true })).id).toBeTruthy()
    expect((await rest(people.coordB, 'DELETE', `/media/${documentB}`)).status).toBe(200)
  })
})

describe('members write only in their federation', () => {
  it('cannot change another federation’s documents', async () => {
    for (const collection of ['structures', 'campaigns', 'eric-spaces'] as const) {
      const id = inB[collection]!
      const before = await payload.findByID({ collection, id, depth: 0, overrideAccess: true })
      const field = collection === 'campaigns' ? 'title' : 'name'
      const answer = await rest(a.users.coordinator.email, 'PATCH', `/${collection}/${id}`, { [field]: 'Renommé par A' })
      expect({ collection, refused: answer.status >= 400 }).toEqual({ collection, refused: true })
      const after = await payload.findByID({ collection, id, depth: 0, overrideAccess: true })
      expect((after as unknown as Record<string, unknown>)[field]).toBe((before as unknown as Record<string, unknown>)[field])
    }
    expect((await rest(people.editorB, 'PATCH', `/stories/${storyA}`, { title: 'Renommé par B' })).status).toBeGreaterThanOrEqual(400)
  })

  it('a member of several federations names one: their story is not national by default', async () => {
    const before = await payload.count({ collection: 'stories', overrideAccess: true })
    const refused = await rest(people.editorAB, 'POST', '/stories', { title: 'Sans fédération choisie', body })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.json)).toMatch(/Choisissez la fédération.*choose the federation/)
    expect((await payload.count({ collection: 'stories', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
    const chosen = await rest(people.editorAB, 'POST', '/stories', { title: 'Pour B', body, federation: federationB })
    expect(chosen.status).toBe(201)
    expect(await federationOf('stories', String((chosen.json as { doc: { id: string } }).doc.id))).toBe(federationB)
  })

  it('cannot modify national content', async () => {
    const answer = await rest(people.editorB, 'PATCH', `/stories/${nationalStory}`, { title: 'Repris par B' })
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect((await payload.findByID({ collection: 'stories', id: nationalStory, overrideAccess: true })).title).toBe('Témoignage national')
  })

  it('cannot place a document in another federation, nor move one there', async () => {
    const before = await payload.count({ collection: 'campaigns', overrideAccess: true })
    const created = await rest(a.users.coordinator.email, 'POST', '/campaigns', { title: 'Campagne glissée chez B', phase: 'pilot', region: 'ara', startDate: '2027-01-04T00:00:00.000Z', federation: federationB })
    expect(created.status).toBe(400)
    expect(JSON.stringify(created.json)).toMatch(/Fédération : cette fédération n’appartient pas.*Federation: this federation does not belong/)
    expect((await payload.count({ collection: 'campaigns', overrideAccess: true })).totalDocs).toBe(before.totalDocs)

    const moved = await rest(a.users.coordinator.email, 'PATCH', `/structures/${a.structureId}`, { federation: federationB })
    expect(moved.status).toBeGreaterThanOrEqual(400)
    expect(await federationOf('structures', a.structureId)).toBe(federationA)
  })

  it('an admin sees every federation and may move a document between them', async () => {
    const seen = await listIds(a.users.admin.email, 'structures')
    expect([seen.has(a.structureId), seen.has(inB.structures!)]).toEqual([true, true])
    const federations = await listIds(a.users.admin.email, 'federations')
    expect([federations.has(federationA), federations.has(federationB)]).toEqual([true, true])
    expect([...(await listIds(people.coordB, 'federations'))]).toEqual([federationB])
    const moved = await rest(a.users.admin.email, 'PATCH', `/structures/${a.otherStructureId}`, { federation: federationB })
    expect(moved.status).toBe(200)
    expect(await federationOf('structures', a.otherStructureId)).toBe(federationB)
    expect((await listIds(a.users.coordinator.email, 'structures')).has(a.otherStructureId)).toBe(false)
  })
})

describe('the campaign endpoints, which work with the system’s rights, keep to the caller’s federations', () => {
  it('another federation’s campaign is not found for its kit or its copy; one’s own is copied into one’s federation', async () => {
    const campaignA = await create('campaigns', { federation: federationA, title: 'Campagne PACA', phase: 'pilot', region: 'paca', startDate: '2027-01-04T00:00:00.000Z' })
    const before = await payload.findByID({ collection: 'campaigns', id: campaignA, depth: 0, overrideAccess: true })
    const campaignsBefore = (await payload.count({ collection: 'campaigns', overrideAccess: true })).totalDocs
    for (const [method, path, body] of [
      ['GET', `/campaigns/${campaignA}/kit`, undefined],
      ['GET', `/campaigns/${campaignA}/kit/preview`, undefined],
      ['POST', `/campaigns/${campaignA}/kit/launch`, undefined],
      ['POST', `/campaigns/${campaignA}/clone`, { region: 'ara', startDate: '2027-03-01' }],
    ] as const) {
      const answer = await rest(people.coordB, method, path, body)
      expect([path, answer.status]).toEqual([path, 404])
    }
    const after = await payload.findByID({ collection: 'campaigns', id: campaignA, depth: 0, overrideAccess: true })
    expect(after.kitMailing).toEqual(before.kitMailing)
    expect((await payload.count({ collection: 'campaigns', overrideAccess: true })).totalDocs).toBe(campaignsBefore)

    const copy = await rest(people.coordB, 'POST', `/campaigns/${inB.campaigns}/clone`, { region: 'bretagne', startDate: '2027-03-01' })
    expect(copy.status).toBe(201)
    expect(await federationOf('campaigns', String((copy.json as { id: string }).id))).toBe(federationB)
  })
})

describe('a funding file’s documents, generated with the system’s rights, keep to the caller’s federations', () => {
  it('another federation’s file gets no new document from a coordinator, one’s own does', async () => {
    const before = await payload.findByID({ collection: 'funding-files', id: inB['funding-files']!, depth: 0, overrideAccess: true })
    const foreign = await rest(a.users.coordinator.email, 'POST', `/funding-files/${inB['funding-files']}/documents/convocation`)
    expect(foreign.status).toBe(404)
    const after = await payload.findByID({ collection: 'funding-files', id: inB['funding-files']!, depth: 0, overrideAccess: true })
    expect(after.documents ?? []).toEqual(before.documents ?? [])
    const own = await rest(people.coordB, 'POST', `/funding-files/${inB['funding-files']}/documents/convocation`)
    expect(own.status).toBe(201)
  })
})

describe('the assignment by département keeps each structure in its federation', () => {
  it('never gives a structure another federation’s facilitator, and a coordinator shares out their federation’s only', async () => {
    // A structure of A in the Rhône, where only B has a facilitator (B's Hub Lyon).
    const lyonA = await create('structures', { federation: federationA, name: 'CHRS Villeurbanne (A)', type: 'chrs', siret: makeSiret('52000077', '0011'), commune: 'Villeurbanne', postalCode: '69100', departement: '69' })
    const assigned = async (id: string) => ((await payload.findByID({ collection: 'structures', id, depth: 0, overrideAccess: true })) as { assignedFacilitator?: unknown }).assignedFacilitator ?? null

    const byB = await rest(people.coordB, 'POST', '/structures/assign-by-departement', {})
    expect(byB.status).toBe(200)
    expect(await assigned(inB.structures!)).toBe(inB.facilitators)
    expect(await assigned(lyonA)).toBeNull()

    const byAdmin = await rest(a.users.admin.email, 'POST', '/structures/assign-by-departement', {})
    expect(byAdmin.status).toBe(200)
    expect(await assigned(lyonA)).toBeNull()
    expect((byAdmin.json as { unmatched: Record<string, number> }).unmatched['69']).toBeGreaterThanOrEqual(1)
  })
})

describe('personal data and session reports, handled with the system’s rights, keep to the caller’s federations', () => {
  it('another federation’s participant is nobody for export and erasure; another federation’s session gets no report', async () => {
    const coordA = a.users.coordinator.email
    const before = await payload.findByID({ collection: 'participants', id: childrenB.participants!, depth: 0, overrideAccess: true })
    const exported = await rest(coordA, 'POST', '/personal-data/export', { participant: childrenB.participants })
    expect(exported.status).toBe(404)
    const erased = await rest(coordA, 'POST', '/personal-data/erase', { participant: childrenB.participants, confirm: true })
    expect(erased.status).toBe(404)
    expect(String(erased.json.message)).toMatch(/Aucun participant.*no participant/)
    const after = await payload.findByID({ collection: 'participants', id: childrenB.participants!, depth: 0, overrideAccess: true })
    expect(after.name).toBe(before.name)
    expect(after.email).toBe(before.email)
    expect((await rest(people.coordB, 'POST', '/personal-data/export', { participant: childrenB.participants })).status).toBe(200)

    expect((await rest(coordA, 'POST', `/reports/session/${inB.sessions}`)).status).toBe(404)
  })
})

describe('the Qualiopi evidence archive keeps to the caller’s federations', () => {
  it('a coordinator’s archive holds their federation’s sessions, not another’s', async () => {
    const JSZip = (await import('jszip')).default
    const sessionsIn = async (email: string) => {
      const res = await restCall(payload, { path: '/reports/qualiopi-evidence?from=2027-01-01&to=2027-12-31', login: { email, password: PASSWORD } })
      expect(res.status).toBe(200)
      const zip = await JSZip.loadAsync(res.bytes)
      const texts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('string')))
      return texts.join('\n')
    }
    const ofB = await sessionsIn(people.coordB)
    expect(ofB).toContain('Session Lyon')
    const ofA = await sessionsIn(a.users.coordinator.email)
    expect(ofA).not.toContain('Session Lyon')
    // The registers too: B's improvement action and its financer's appreciation are in B's archive only.
    for (const line of ['Action Lyon', 'Conseillère OPCO Lyon']) expect([ofB.includes(line), ofA.includes(line)]).toEqual([true, false])
  })
})

describe('a federation that holds data', () => {
  it('is not deleted, even by an admin: a 409 says what it holds, in French and English, and nothing goes', async () => {
    const { status, json } = await rest(a.users.admin.email, 'DELETE', `/federations/${federationB}`)
    expect(status).toBe(409)
    const message = JSON.stringify(json)
    expect(message).toContain('Cette fédération contient encore des données')
    expect(message).toContain('this federation still holds data')
    expect(message).toMatch(/structures \(\d+\)/)
    expect((await payload.findByID({ collection: 'federations', id: federationB, depth: 0, overrideAccess: true })).id).toBeTruthy()
    expect((await payload.count({ collection: 'structures', where: { federation: { equals: federationB } }, overrideAccess: true })).totalDocs).toBeGreaterThan(0)
  })
})
