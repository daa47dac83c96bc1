/**
 * GDPR requests (src/gdpr): the export holds every kind of record of the person and nothing of another person;
 * the erasure removes what it must and keeps the attendance sheet and certificat data; a second erasure is
 * harmless; only coordinators and admins may ask; the T22 purge and the daily retention run (with a clock 11 years
 * ahead) remove what is due and nothing else. Real SQLite file, real Payload, the REST handler.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Queue } from 'bullmq'
import type { Payload } from 'payload'
import { recordDelivery } from '../../collections/notifications/delivery-log'
import { runRetention } from '../../src/gdpr/retention'
import { purgeFilePersonalData } from '../../src/gdpr/purge-file'
import { PARTICIPANT_SOURCES } from '../../src/gdpr/sources'
import { insertRecord } from '../../src/lib/transaction'
import { bootPayload } from '../helpers/boot'
import { restCall, type Account } from '../helpers/rest'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { pdfText } from '../unit/documents/pdf-text'
import { enrol, makeParticipant, makeSession, makeStructure, makeUser, type TestUser } from './sessions-fixtures'

const PASSWORD = 'motdepasse-1'
const YEAR = 365.25 * 24 * 3600 * 1000
let payload: Payload
let env: TestEnv
const who = {} as Record<'coordinator' | 'admin' | 'structureAdmin' | 'facilitator', TestUser>
const as = (u: TestUser): Account => ({ email: u.email, password: PASSWORD })
let structure = ''
let session = ''
const people = {} as Record<'a' | 'b', { id: string; email: string; name: string; enrolment: string }>

async function person(key: 'a' | 'b'): Promise<void> {
  const id = await makeParticipant(payload, structure, 'social-worker')
  const doc = await payload.findByID({ collection: 'participants', id, overrideAccess: true })
  const enrolment = await enrol(payload, session, id)
  people[key] = { id, email: doc.email, name: doc.name, enrolment }
  await payload.create({ collection: 'attendance', overrideAccess: true, data: { enrolment, slotIndex: 0, status: 'signed', signedAt: new Date().toISOString() } })
  await payload.create({
    collection: 'survey-responses',
    overrideAccess: true,
    data: {
      kind: 'hot',
      session,
      enrolment,
      participant: id,
      structure,
      submittedAt: new Date().toISOString(),
      answers: [{ key: 'satisfaction', scale: 4 }, { key: 'comment', text: `Texte libre de ${doc.name}` }],
      respondentKey: `hot-${id}`,
    },
  })
  await payload.create({
    collection: 'personal-links',
    overrideAccess: true,
    data: { tokenHash: `hash-${id}`, purpose: 'attendance', session, participant: id, expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
  })
  await recordDelivery(payload, { idempotencyKey: `convocation-${id}`, kind: 'session.convocation', recipientEmail: doc.email, language: 'fr', structureId: structure }, { status: 'sent', attempts: 1 })
}

const participant = (id: string) => payload.findByID({ collection: 'participants', id, overrideAccess: true })
const countOf = async (collection: 'attendance' | 'enrolments' | 'personal-links' | 'notifications', where: object) =>
  (await payload.count({ collection, where: where as never, overrideAccess: true })).totalDocs

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  for (const [key, role] of [['coordinator', 'coordinator'], ['admin', 'admin'], ['structureAdmin', 'structure-admin'], ['facilitator', 'facilitator']] as const) {
    who[key] = await makeUser(payload, role)
  }
  structure = await makeStructure(payload, 'CHRS Les Tilleuls')
  session = await makeSession(payload, { structures: [structure], facilitators: [who.facilitator.id] })
  await person('a')
  await person('b')
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
  if (env) await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('export', () => {
  it('holds every kind of record of the participant and nothing of another person', async () => {
    const { status, json } = await restCall(payload, { method: 'POST', path: '/personal-data/export', login: as(who.coordinator), body: { participant: people.a.id } })
    expect(status).toBe(200)
    expect((json.record as { email: string }).email).toBe(people.a.email)
    const sections = json.sections as { key: string; records: Record<string, unknown>[] }[]
    const byKey = Object.fromEntries(sections.map((s) => [s.key, s.records]))
    // Every kind of record but the register (this export is recorded after it is read).
    for (const source of PARTICIPANT_SOURCES.filter((s) => s.key !== 'requests')) expect(byKey[source.key]?.length).toBeGreaterThan(0)
    const text = JSON.stringify(json)
    expect(text).toContain('Texte libre de')
    for (const other of [people.b.id, people.b.email, people.b.name, people.b.enrolment]) expect(text).not.toContain(other)
    expect(text).not.toContain('tokenHash')
    expect(text).not.toContain('hash-')
  })

  it('is a readable PDF on request, and each export is recorded in the register', async () => {
    const { status, bytes, contentType } = await restCall(payload, { method: 'POST', path: '/personal-data/export', login: as(who.admin), body: { participant: people.a.id, format: 'pdf' } })
    expect(status).toBe(200)
    expect(contentType).toBe('application/pdf')
    const { text } = await pdfText(bytes)
    expect(text).toContain(people.a.email)
    expect(text).not.toContain(people.b.email)
    const register = await payload.find({ collection: 'personal-data-requests', where: { and: [{ kind: { equals: 'export' } }, { subjectId: { equals: people.a.id } }] }, overrideAccess: true, depth: 0 })
    expect(register.docs.map((d) => d.requestedBy)).toEqual(expect.arrayContaining([who.coordinator.id, who.admin.id]))
    // Each line is the federation's of the person's structure: its members read it, another federation's do not.
    const federation = (await payload.findByID({ collection: 'structures', id: structure, depth: 0, overrideAccess: true })).federation
    expect(register.docs.map((d) => String(d.federation))).toEqual(register.docs.map(() => String(federation)))
  })

  it('covers a user account without its secrets', async () => {
    const { status, json } = await restCall(payload, { method: 'POST', path: '/personal-data/export', login: as(who.coordinator), body: { user: who.facilitator.id } })
    expect(status).toBe(200)
    const text = JSON.stringify(json)
    expect(text).toContain(who.facilitator.email)
    expect(text).not.toMatch(/"(hash|salt)"/)
    const sessions = (json.sections as { key: string; records: { id: string }[] }[]).find((s) => s.key === 'sessionsFacilitated')
    expect(sessions?.records.map((r) => r.id)).toEqual([session])
  })
})

describe('access and bad requests', () => {
  it('refuses structure admins, facilitators and anonymous callers (403), for export and erasure', async () => {
    for (const login of [as(who.structureAdmin), as(who.facilitator), undefined]) {
      for (const path of ['/personal-data/export', '/personal-data/erase']) {
        const { status, json } = await restCall(payload, { method: 'POST', path, login, body: { participant: people.a.id, confirm: true } })
        expect(status).toBe(403)
        expect(json.message).toMatch(/ \/ /)
      }
    }
    expect((await participant(people.a.id)).email).toBe(people.a.email)
  })

  it('answers bad requests with a bilingual error and changes nothing', async () => {
    const call = (body: unknown) => restCall(payload, { method: 'POST', path: '/personal-data/erase', login: as(who.coordinator), body })
    const noConfirm = await call({ participant: people.a.id })
    expect(noConfirm.status).toBe(400)
    expect(String(noConfirm.json.message)).toMatch(/définitif.*cannot be undone/)
    const both = await call({ participant: people.a.id, user: who.facilitator.id, confirm: true })
    expect(both.status).toBe(400)
    expect(String(both.json.message)).toMatch(/un seul.*exactly one/)
    const unknown = await call({ participant: 'nobody-here', confirm: true })
    expect(unknown.status).toBe(404)
    expect(String(unknown.json.message)).toMatch(/Aucun participant.*no participant/)
    // Still on the list of a session not delivered yet: withdraw first.
    const upcoming = await call({ participant: people.a.id, confirm: true })
    expect(upcoming.status).toBe(409)
    expect(String(upcoming.json.message)).toMatch(/retirez-la.*withdraw/)
    expect((await participant(people.a.id)).email).toBe(people.a.email)
    expect(await countOf('personal-links', { participant: { equals: people.a.id } })).toBe(1)
    const erasures = await payload.count({ collection: 'personal-data-requests', where: { kind: { equals: 'erasure' } }, overrideAccess: true })
    expect(erasures.totalDocs).toBe(0)
  })
})

describe('erasure', () => {
  const erase = () => restCall(payload, { method: 'POST', path: '/personal-data/erase', login: as(who.coordinator), body: { participant: people.a.id, confirm: true } })

  beforeAll(async () => {
    await payload.update({ collection: 'sessions', id: session, overrideAccess: true, data: { status: 'delivered' } })
  })

  it('removes contact details, consents, links, free text and addresses, and keeps the attendance sheet data', async () => {
    const attendanceBefore = await countOf('attendance', {})
    const { status, json } = await erase()
    expect(status).toBe(200)
    expect(json).toMatchObject({ erased: true, alreadyErased: false, keptName: true })
    const a = await participant(people.a.id)
    expect(a.email).toMatch(/@anonyme\.invalid$/)
    expect(a.name).toBe(people.a.name)
    expect(a.consents).toMatchObject({ data: false, image: false, testimony: false })
    expect(await countOf('personal-links', { participant: { equals: people.a.id } })).toBe(0)
    expect(await countOf('notifications', { recipientEmail: { equals: people.a.email } })).toBe(0)
    expect(await countOf('notifications', { recipientEmail: { equals: a.email } })).toBe(1)
    const answers = await payload.find({ collection: 'survey-responses', where: { participant: { equals: people.a.id } }, overrideAccess: true })
    expect(answers.docs[0].answers?.map((x) => [x.key, x.scale ?? null, x.text ?? null])).toEqual([['satisfaction', 4, null], ['comment', null, null]])
    // The law's part stays: the attendance line and the enrolment.
    expect(await countOf('attendance', {})).toBe(attendanceBefore)
    expect(await countOf('attendance', { participant: { equals: people.a.id } })).toBe(1)
    expect(await countOf('enrolments', { participant: { equals: people.a.id } })).toBe(1)
    // The other person is untouched.
    const b = await participant(people.b.id)
    expect([b.email, b.name]).toEqual([people.b.email, people.b.name])
    expect(await countOf('personal-links', { participant: { equals: people.b.id } })).toBe(1)
    expect(await countOf('notifications', { recipientEmail: { equals: people.b.email } })).toBe(1)
    const register = await payload.find({ collection: 'personal-data-requests', where: { kind: { equals: 'erasure' } }, overrideAccess: true, depth: 0 })
    expect(register.docs).toHaveLength(1)
    expect(register.docs[0]).toMatchObject({ subjectType: 'participant', subjectId: people.a.id, requestedBy: who.coordinator.id, requestedByName: who.coordinator.name })
  })

  it('a second erasure is harmless: nothing changes but a new line in the register', async () => {
    const before = await participant(people.a.id)
    const { status, json } = await erase()
    expect(status).toBe(200)
    expect(json).toMatchObject({ alreadyErased: true, outcome: { personalLinks: 0, surveyTextsCleared: 0, deliveriesAnonymised: 0 } })
    const after = await participant(people.a.id)
    expect([after.email, after.name]).toEqual([before.email, before.name])
    expect(await countOf('attendance', { participant: { equals: people.a.id } })).toBe(1)
    expect((await payload.count({ collection: 'personal-data-requests', where: { kind: { equals: 'erasure' } }, overrideAccess: true })).totalDocs).toBe(2)
  })

  it('erases an account: it cannot sign in any more and keeps its name only on countersigned sheets', async () => {
    // An account of the coordinator's federation (here, through its structure): the only accounts a member reaches.
    const target = await makeUser(payload, 'structure-admin', { structures: [structure] })
    const { status, json } = await restCall(payload, { method: 'POST', path: '/personal-data/erase', login: as(who.coordinator), body: { user: target.id, confirm: true } })
    expect(status).toBe(200)
    expect(json).toMatchObject({ keptName: false })
    const after = await payload.findByID({ collection: 'users', id: target.id, overrideAccess: true })
    expect(after.email).toMatch(/@anonyme\.invalid$/)
    expect(after.name).toBe('Compte anonymisé')
    await expect(payload.login({ collection: 'users', data: { email: target.email, password: PASSWORD } })).rejects.toThrow()
    const self = await restCall(payload, { method: 'POST', path: '/personal-data/erase', login: as(who.coordinator), body: { user: who.coordinator.id, confirm: true } })
    expect(self.status).toBe(409)
  })
})

describe('T22 purge and the daily retention', () => {
  it('T22 anonymises the file’s participants, names included, once', async () => {
    const file = await payload.create({ collection: 'funding-files', overrideAccess: true, data: { structure, session, requestedAmount: 1000 } as never })
    const first = await purgeFilePersonalData(payload, String(file.id), new Date())
    expect(first).toMatch(/^purged: 2 participant/)
    for (const p of [people.a, people.b]) {
      const doc = await participant(p.id)
      expect([doc.name, doc.email.endsWith('@anonyme.invalid')]).toEqual(['Participant anonymisé', true])
    }
    expect(await countOf('attendance', { session: { equals: session } })).toBe(2)
    expect(await purgeFilePersonalData(payload, String(file.id), new Date())).toMatch(/^purged: 0 participant/)
  })

  it('with a clock 11 years ahead, prunes what is due and nothing that is not', async () => {
    const now = new Date()
    const clock = new Date(now.getTime() + 11 * YEAR)
    const recent = (ms: number) => new Date(clock.getTime() - ms).toISOString()
    const file = await payload.create({ collection: 'funding-files', overrideAccess: true, data: { structure, session, requestedAmount: 500 } as never })
    const outbox = (eventId: string, status: string, publishedAt?: string) =>
      insertRecord(payload, 'outbox-events', { eventId, type: 'test', aggregate: 'test', aggregateId: 'x', status, occurredAt: now.toISOString(), publishedAt })
    await outbox('old-published', 'published', now.toISOString())
    await outbox('young-published', 'published', recent(86_400_000))
    await outbox('old-pending', 'pending')
    const audit = (summary: string, at: string) => insertRecord(payload, 'audit-events', { file: file.id, at, kind: 'automatic', to: 'draft', summary, actorRole: 'system' })
    await audit('old-audit', now.toISOString())
    await audit('young-audit', recent(YEAR))
    await insertRecord(payload, 'notifications', { idempotencyKey: 'young-delivery', kind: 'session.convocation', recipientEmail: 'x@example.org', language: 'fr', status: 'sent', attempts: 1, createdAt: recent(86_400_000) })
    await payload.create({ collection: 'personal-links', overrideAccess: true, data: { tokenHash: 'valid-later', purpose: 'attendance', session, participant: people.b.id, expiresAt: new Date(clock.getTime() + YEAR).toISOString() } })
    await payload.create({ collection: 'personal-links', overrideAccess: true, data: { tokenHash: 'expired-long-ago', purpose: 'attendance', session, participant: people.b.id, expiresAt: now.toISOString() } })
    const young = await payload.create({
      collection: 'survey-responses',
      overrideAccess: true,
      data: { kind: 'cold', session, participant: people.b.id, structure, submittedAt: recent(30 * 86_400_000), answers: [{ key: 'comment', text: 'récent' }], respondentKey: 'cold-young' },
    })
    const attendance = await countOf('attendance', {})
    const enrolments = await countOf('enrolments', {})

    const report = await runRetention(payload, clock)

    const left = async (collection: 'outbox-events' | 'audit-events' | 'notifications' | 'personal-links', field: string) =>
      (await payload.find({ collection, pagination: false, overrideAccess: true, depth: 0 })).docs.map((d) => (d as unknown as Record<string, unknown>)[field])
    const outboxLeft = await left('outbox-events', 'eventId')
    expect(outboxLeft).toEqual(expect.arrayContaining(['young-published', 'old-pending']))
    expect(outboxLeft).not.toContain('old-published')
    expect(await left('audit-events', 'summary')).toEqual(['young-audit'])
    expect(await left('notifications', 'idempotencyKey')).toEqual(['young-delivery'])
    expect(await left('personal-links', 'tokenHash')).toEqual(['valid-later'])
    const texts = (await payload.find({ collection: 'survey-responses', pagination: false, overrideAccess: true })).docs.flatMap((d) => (d.answers ?? []).map((a) => a.text ?? null))
    expect(texts.filter((t) => t !== null)).toEqual(['récent'])
    expect((await payload.findByID({ collection: 'survey-responses', id: young.id, overrideAccess: true })).answers?.[0].text).toBe('récent')
    expect((await payload.count({ collection: 'personal-data-requests', overrideAccess: true })).totalDocs).toBe(0)
    // The legal records are not the retention job's: they stay.
    expect([await countOf('attendance', {}), await countOf('enrolments', {})]).toEqual([attendance, enrolments])
    expect(report.outboxEvents).toBeGreaterThan(0)
    // A second run finds nothing more.
    expect(Object.values(await runRetention(payload, clock)).every((n) => n === 0)).toBe(true)
  })

  it('runs every night: one scheduler at 03:15 Paris time, however many workers register it', async () => {
    const { RETENTION_RUN, startRetention } = await import('../../jobs/definitions/retention')
    const { createRedisConnection } = await import('../../src/lib/redis')
    const connection = createRedisConnection('worker')
    for (let i = 0; i < 2; i++) await (await startRetention(payload, { connection, prefix: env.queuePrefix })).close()
    const queue = new Queue(RETENTION_RUN.queue, { connection, prefix: env.queuePrefix })
    try {
      expect(await queue.getJobSchedulersCount()).toBe(1)
      expect(await queue.getJobScheduler(RETENTION_RUN.scheduler)).toMatchObject({ pattern: '15 3 * * *', tz: 'Europe/Paris' })
      expect(await queue.getDelayedCount()).toBe(1)
    } finally {
      await queue.close()
      connection.disconnect()
    }
  })
})
