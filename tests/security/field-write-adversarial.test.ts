import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { FIELD_WRITE_RULES } from '../../src/access/field-write-rules'
import { labelOf, topLevelDataFields, type DataField } from '../../src/access/field-write-rules-fields'
import { grants, type FieldWriteRule } from '../../src/access/field-write-rules-model'
import { sameValue } from '../../src/access/field-write-rules-values'
import type { Role } from '../../src/access/roles'
import { makeSiret } from '../../src/validation/siret'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { restCall } from '../helpers/rest'
import { useTestEnv } from '../helpers/test-env'
import { forgeValue, type KnownIds } from './field-forge'

/**
 * Tried as someone looking for holes would: for every collection and every field the table forbids, as each role
 * that may update the document at all, a REST PATCH (and a POST where the role may create) writing a new value.
 * The forged value is never stored (re-read with overrideAccess); a refused field answers 403 naming its label, a
 * silently kept one (timestamps, timer bookkeeping) answers without 5xx. The writes the table allows still work.
 */

type Doc = Record<string, unknown> & { id: string }
type Actor = { id: string; email: string; role: Role }

let payload: Payload
let world: FileWorld
let actors: Record<Role, Actor>
const known: KnownIds = {}
/** The documents tried, by collection; `users` is each person's own account. */
const targets: { slug: string; id: string | ((actor: Actor) => string); note: string }[] = []
const counts = { patches: 0, posts: 0, refused: 0, dropped: 0, storedWithoutRight: 0, otherRefusals: 0, closedTargets: 0 }

const PASSWORD = 'motdepasse-test'
const rest = (method: string, path: string, actor: Actor, body?: unknown) =>
  restCall(payload, { method, path, login: { email: actor.email, password: PASSWORD }, body })
const read = async (slug: string, id: string): Promise<Doc> =>
  (await payload.findByID({ collection: slug as never, id, depth: 0, overrideAccess: true, showHiddenFields: true, joins: false })) as unknown as Doc
const fieldsOf = (slug: string): DataField[] =>
  topLevelDataFields(payload.config.collections.find((c) => c.slug === slug)?.fields ?? [])
const create = async (slug: string, data: Record<string, unknown>): Promise<string> => {
  const doc = (await payload.create({ collection: slug as never, data: data as never, overrideAccess: true, context: { skipWelcomeMail: true } })) as unknown as Doc
  const id = String(doc.id)
  known[slug] = [...(known[slug] ?? []), id]
  return id
}
const messageOf = (json: Record<string, unknown>): string =>
  String((json.errors as { message?: string }[] | undefined)?.[0]?.message ?? json.message ?? '')

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  world = await createFileWorld(payload, new Date(), 60)
  const editor = await payload.create({
    collection: 'users',
    overrideAccess: true,
    context: { skipWelcomeMail: true },
    data: { email: `editor-${world.structureId}@example.org`, password: PASSWORD, name: 'Éditrice', role: 'editor', language: 'fr' } as never,
  })
  const national = await payload.create({
    collection: 'users',
    overrideAccess: true,
    context: { skipWelcomeMail: true },
    data: { email: `national-${world.structureId}@example.org`, password: PASSWORD, name: 'Coordination nationale', role: 'national', language: 'fr' } as never,
  })
  const u = world.users
  actors = {
    admin: { ...u.admin, role: 'admin' },
    coordinator: { ...u.coordinator, role: 'coordinator' },
    editor: { id: String(editor.id), email: String(editor.email), role: 'editor' },
    'structure-admin': { ...u.structureAdmin, role: 'structure-admin' },
    facilitator: { ...u.facilitator, role: 'facilitator' },
    national: { id: String(national.id), email: String(national.email), role: 'national' },
  }
  known.users = Object.values(actors).map((a) => a.id).concat(u.otherAdmin.id)
  known.structures = [world.structureId, world.otherStructureId]
  known['eric-spaces'] = [world.ericId]
  known.sessions = [world.sessionId]

  // The facilitator works with the structure (paired ERIC space) and has a profile there.
  const profile = await create('facilitators', { name: 'Animateur', user: u.facilitator.id, ericSpace: world.ericId, title: 'animateur-multimedia' })
  await payload.update({ collection: 'structures', id: world.structureId, overrideAccess: true, data: { partnerEric: world.ericId } as never })
  // Same half-days a week later: a file needs its session's dates to be filed.
  const slots = ((await read('sessions', world.sessionId)).slots as { start: string; end: string; period: string }[]).map((s) => ({
    period: s.period,
    start: new Date(Date.parse(s.start) + 7 * 86400000).toISOString(),
    end: new Date(Date.parse(s.end) + 7 * 86400000).toISOString(),
  }))
  const secondSession = await create('sessions', { title: 'Deuxième session', structures: [world.structureId], venue: world.ericId, slots })
  known.sessions.unshift(secondSession)
  const participant = await create('participants', { name: 'Awa Diallo', email: `awa-${world.structureId}@example.org`, structure: world.structureId, jobRole: 'direction', language: 'fr' })
  const enrolment = await create('enrolments', { session: world.sessionId, participant })
  const attendance = await create('attendance', { enrolment, slotIndex: 0, status: 'signed' })
  const programme = await create('programmes', {
    title: 'Culture & usages numériques', objectives: [{ text: 'Objectif' }], audience: 'Tous', prerequisites: 'Aucun', durationHours: 21,
    methods: 'Ateliers', evaluation: 'Quiz', accessibility: 'Oui', modules: [{ title: 'Pourquoi', kind: 'why', minutes: 180, protected: true }],
  })
  const body = forgeValue({ name: 'body', type: 'richText' } as DataField, undefined, {})
  const story = await create('stories', { title: 'Témoignage', body })
  const news = await create('news', { title: 'Actualité', body })
  const campaign = await create('campaigns', { title: 'Campagne', phase: 'pilot', region: 'paca', startDate: '2026-01-01T00:00:00.000Z' })
  const survey = await create('surveys', { kind: 'hot', questions: [{ key: 'q1', type: 'scale', labelFr: 'Note ?', labelEn: 'Score?' }] })
  const complaint = await create('complaints', { receivedAt: '2026-01-02T00:00:00.000Z', channel: 'email', subject: 'Retard', description: 'Session en retard', structure: world.structureId, from: { name: 'Awa', role: 'participant' } })
  const action = await create('improvement-actions', { title: 'Action', decidedAt: '2026-01-03T00:00:00.000Z', status: 'planned' })
  const report = await create('reports', { title: 'Bilan', kind: 'session', session: world.sessionId, generatedAt: '2026-01-04T00:00:00.000Z', inputsAsOf: '2026-01-04T00:00:00.000Z' })

  // Two files of the structure: one being prepared (draft), one filed with the OPCO (submitted, through the move).
  const draft = await create('funding-files', { structure: world.structureId, session: world.sessionId, requestedAmount: 4800, requestedTrainees: 10 })
  const filed = await create('funding-files', { structure: world.structureId, session: secondSession, requestedAmount: 4800, requestedTrainees: 10 })
  await payload.update({ collection: 'funding-files', id: filed, overrideAccess: true, data: { checklist: { devisSigned: true, conventionSigned: true, programmeAttached: true } } as never })
  const move = await rest('POST', `/funding-files/${filed}/transition`, actors['structure-admin'], { to: 'submitted', data: { opcoRef: 'OPCO-SEC-1' } })
  expect({ status: move.status, message: messageOf(move.json) }).toEqual({ status: 200, message: '' })

  targets.push(
    { slug: 'users', id: (actor) => actor.id, note: 'own account' },
    { slug: 'users', id: u.otherAdmin.id, note: "another person's account" },
    { slug: 'structures', id: world.structureId, note: 'own structure' },
    { slug: 'eric-spaces', id: world.ericId, note: 'ERIC space' },
    { slug: 'facilitators', id: profile, note: "the facilitator's profile" },
    { slug: 'campaigns', id: campaign, note: 'campaign' },
    { slug: 'programmes', id: programme, note: 'programme' },
    { slug: 'stories', id: story, note: 'story' },
    { slug: 'news', id: news, note: 'news' },
    { slug: 'sessions', id: world.sessionId, note: "the structure's session" },
    { slug: 'funding-files', id: draft, note: 'draft file' },
    { slug: 'funding-files', id: filed, note: 'submitted file' },
    { slug: 'participants', id: participant, note: 'participant' },
    { slug: 'enrolments', id: enrolment, note: 'enrolment' },
    { slug: 'attendance', id: attendance, note: 'attendance' },
    { slug: 'surveys', id: survey, note: 'survey' },
    { slug: 'complaints', id: complaint, note: 'complaint' },
    { slug: 'improvement-actions', id: action, note: 'improvement action' },
    { slug: 'reports', id: report, note: 'report' },
  )
})

afterAll(async () => {
  // eslint-disable-next-line no-console
  console.log(`field write rules, adversarial run: ${JSON.stringify(counts)}`)
  await payload?.destroy()
})

/** One forged write of one field: returns a problem, or nothing when it held. */
async function tryPatch(actor: Actor, slug: string, id: string, field: DataField, rule: FieldWriteRule): Promise<string | undefined> {
  const before = await read(slug, id)
  const forged = forgeValue(field, before[field.name], known)
  const { status, json } = await rest('PATCH', `/${slug}/${id}`, actor, { [field.name]: forged })
  counts.patches += 1
  const after = await read(slug, id)
  const where = `${actor.role} PATCH ${slug}.${field.name}`
  if (sameValue(field, after[field.name], forged) && !sameValue(field, before[field.name], forged)) {
    counts.storedWithoutRight += 1
    return `${where}: stored (${status})`
  }
  if (rule.onDenied !== 'drop' && !sameValue(field, after[field.name], before[field.name])) {
    counts.storedWithoutRight += 1
    return `${where}: changed (${status})`
  }
  if (status >= 500) return `${where}: ${status}`
  if (rule.onDenied === 'drop') {
    counts.dropped += 1
    return undefined
  }
  if (status === 403 && messageOf(json).includes(`« ${labelOf(field).fr} »`) && messageOf(json).includes(' / ')) {
    counts.refused += 1
    return undefined
  }
  // Another guard (e.g. the relationship scope) refused first: still a clear 4xx, still nothing stored.
  if (status >= 400 && status < 500) {
    counts.otherRefusals += 1
    return undefined
  }
  return `${where}: answered ${status} ${messageOf(json)}`
}

describe('forged field writes through REST', () => {
  it('never stores a field the table forbids, for any role that may update the document', async () => {
    const problems: string[] = []
    for (const target of targets) {
      const rules = FIELD_WRITE_RULES[target.slug]
      for (const actor of Object.values(actors)) {
        const id = typeof target.id === 'string' ? target.id : target.id(actor)
        const probe = await rest('PATCH', `/${target.slug}/${id}`, actor, {})
        if (probe.status !== 200) {
          counts.closedTargets += 1
          continue
        }
        for (const field of fieldsOf(target.slug)) {
          const rule = rules[field.name]
          if (!rule) {
            problems.push(`${target.slug}.${field.name}: no row in the table`)
            continue
          }
          if (grants(rule.update, { user: actor, doc: await read(target.slug, id) })) continue
          const problem = await tryPatch(actor, target.slug, id, field, rule)
          if (problem) problems.push(`${problem} (${target.note})`)
        }
      }
    }
    expect(problems).toEqual([])
    expect(counts.storedWithoutRight).toBe(0)
    expect(counts.refused).toBeGreaterThan(100)
  })

  it('never creates a document carrying a field the table forbids on creation', async () => {
    const sa = actors['structure-admin']
    const coordinator = actors.coordinator
    const siret = makeSiret('77788899', '0011')
    const bases: { slug: string; actor: Actor; data: Record<string, unknown> }[] = [
      { slug: 'funding-files', actor: sa, data: { structure: world.structureId, requestedAmount: 1200 } },
      { slug: 'funding-files', actor: coordinator, data: { structure: world.structureId, requestedAmount: 1200 } },
      { slug: 'participants', actor: sa, data: { name: 'Léa', email: 'lea-forge@example.org', structure: world.structureId, jobRole: 'direction', language: 'fr' } },
      { slug: 'complaints', actor: sa, data: { receivedAt: '2026-02-01T00:00:00.000Z', channel: 'email', subject: 'Objet', description: 'Exposé', structure: world.structureId, from: { name: 'Léa', role: 'structure' } } },
      { slug: 'sessions', actor: sa, data: { title: 'Session forgée', structures: [world.structureId] } },
      { slug: 'enrolments', actor: sa, data: { session: world.sessionId, participant: known.participants?.[0] } },
      { slug: 'structures', actor: coordinator, data: { name: 'Nouvelle', type: 'chrs', siret, commune: 'Nice', departement: '06' } },
      { slug: 'eric-spaces', actor: coordinator, data: { name: 'Nouvel ERIC', commune: 'Nice', departement: '06' } },
      { slug: 'users', actor: actors.admin, data: { email: 'forge-user@example.org', password: PASSWORD, name: 'Forgé', role: 'editor', language: 'fr' } },
    ]
    const problems: string[] = []
    for (const { slug, actor, data } of bases) {
      for (const field of fieldsOf(slug)) {
        const rule = FIELD_WRITE_RULES[slug][field.name]
        if (!rule) {
          problems.push(`${slug}.${field.name}: no row in the table`)
          continue
        }
        if (rule.onDenied === 'drop' || grants(rule.create, { user: actor })) continue
        const before = await payload.count({ collection: slug as never, overrideAccess: true })
        // Not the default: a new document gets that anyway, so sending it is no write.
        const fallback = 'defaultValue' in field && typeof field.defaultValue !== 'function' ? field.defaultValue : undefined
        const { status, json } = await rest('POST', `/${slug}`, actor, { ...data, [field.name]: forgeValue(field, fallback, known) })
        counts.posts += 1
        const after = await payload.count({ collection: slug as never, overrideAccess: true })
        const where = `${actor.role} POST ${slug}.${field.name}`
        if (after.totalDocs !== before.totalDocs) {
          counts.storedWithoutRight += 1
          problems.push(`${where}: created (${status})`)
        } else if (status === 403 && messageOf(json).includes(`« ${labelOf(field).fr} »`)) counts.refused += 1
        else if (status >= 400 && status < 500) counts.otherRefusals += 1
        else problems.push(`${where}: answered ${status} ${messageOf(json)}`)
      }
    }
    expect(problems).toEqual([])
  })
})

describe('the writes the table allows', () => {
  const patchAndRead = async (actor: Actor, slug: string, id: string, data: Record<string, unknown>) => {
    const { status, json } = await rest('PATCH', `/${slug}/${id}`, actor, data)
    expect({ status, errors: json.errors }).toEqual({ status: 200, errors: undefined })
    return read(slug, id)
  }

  it('let a structure admin prepare their draft file, and resend the whole file as read', async () => {
    const sa = actors['structure-admin']
    const [draft] = known['funding-files'] ?? []
    const updated = await patchAndRead(sa, 'funding-files', draft, { requestedAmount: 5100, checklist: { devisSigned: true } })
    expect(updated).toMatchObject({ requestedAmount: 5100, checklist: { devisSigned: true } })
    const { json } = await rest('GET', `/funding-files/${draft}?depth=1`, sa)
    const { id: _id, timeline: _t, deliveries: _d, ...asRead } = json
    expect((await rest('PATCH', `/funding-files/${draft}`, sa, asRead)).status).toBe(200)
  })

  it('let staff correct a filed request, a structure admin their structure, a facilitator the contact status', async () => {
    const [, filed] = known['funding-files'] ?? []
    expect(await patchAndRead(actors.coordinator, 'funding-files', filed, { requestedAmount: 4900 })).toMatchObject({ requestedAmount: 4900, opcoRef: 'OPCO-SEC-1' })
    expect(await patchAndRead(actors['structure-admin'], 'structures', world.structureId, { commune: 'Aix-en-Provence' })).toMatchObject({ commune: 'Aix-en-Provence' })
    expect(await patchAndRead(actors.facilitator, 'structures', world.structureId, { contactStatus: 'presented' })).toMatchObject({ contactStatus: 'presented' })
    for (const actor of Object.values(actors)) {
      expect(await patchAndRead(actor, 'users', actor.id, { name: `Nom ${actor.role}` })).toMatchObject({ name: `Nom ${actor.role}` })
    }
  })

  it('let a structure admin create a file with its request and checklist', async () => {
    const { status, json } = await rest('POST', '/funding-files', actors['structure-admin'], {
      structure: world.structureId,
      requestedAmount: 3000,
      checklist: { devisSigned: true },
    })
    expect(status).toBe(201)
    expect((json.doc as Doc).status).toBe('draft')
  })

  it('let the admin create form send every field with its empty or default value (read-only ones included)', async () => {
    const { status, json } = await rest('POST', '/funding-files', actors['structure-admin'], {
      reference: '', structure: world.structureId, session: null, opco: null, opcoRef: '', submittedAt: null,
      requestedAmount: 2500, requestedHours: 21, requestedTrainees: 8, agreedAmount: null, validUntil: null, remainder: null,
      subrogation: true, selfFunded: false, coFunded: false, refusalReason: '',
      checklist: { devisSigned: false, conventionSigned: false, programmeAttached: false },
      evidence: { sheetsSigned: false, sheetsCountersigned: false, hoursComputed: false, certificatsSigned: false },
      reportValidated: false, documents: [], status: 'draft', billingStatus: 'none', deadline: null, sessionStart: null,
      coldSurveySentAt: null, timerSeq: null,
    })
    expect({ status, errors: json.errors }).toEqual({ status: 201, errors: undefined })
  })
})
