import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { restRequest } from '../helpers/rest'
import { useTestEnv, type TestEnv } from '../helpers/test-env'

let env: TestEnv
let payload: Payload
let world: FileWorld

type Who = keyof FileWorld['users']

const userDoc = (who: Who) => payload.findByID({ collection: 'users', id: world.users[who].id, depth: 0, overrideAccess: true })

/** A REST GET signed in as `who` (or anonymous). */
const rest = (path: string, who?: Who) => restRequest(payload, { path, login: who ? { email: world.users[who].email, password: 'motdepasse-test' } : undefined })

const log = (key: string, structure?: string) =>
  payload.create({
    collection: 'notifications',
    overrideAccess: true,
    data: { idempotencyKey: key, kind: 'file.approved', recipientEmail: `${key}@example.org`, language: 'fr', status: 'sent', attempts: 1, structure },
  })

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  world = await createFileWorld(payload, new Date())
  await log('mine', world.structureId)
  await log('theirs', world.otherStructureId)
  await log('federation')
})

afterAll(async () => {
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('who reads the delivery log', () => {
  const keysSeenBy = async (who: Who) =>
    (await payload.find({ collection: 'notifications', overrideAccess: false, user: (await userDoc(who)) as never, pagination: false })).docs
      .map((d) => d.idempotencyKey)
      .sort()

  it('shows coordinators and admins every row, a structure admin their structure’s only', async () => {
    expect(await keysSeenBy('coordinator')).toEqual(['federation', 'mine', 'theirs'])
    expect(await keysSeenBy('admin')).toEqual(['federation', 'mine', 'theirs'])
    expect(await keysSeenBy('structureAdmin')).toEqual(['mine'])
    expect(await keysSeenBy('otherAdmin')).toEqual(['theirs'])
    await expect(keysSeenBy('facilitator')).rejects.toThrow()
  })

  it('applies the same rule over REST', async () => {
    const body = (await (await rest('/notifications?limit=50', 'structureAdmin')).json()) as { docs: { idempotencyKey: string }[] }
    expect(body.docs.map((d) => d.idempotencyKey)).toEqual(['mine'])
    expect((await rest('/notifications')).status).toBe(403)
  })

  it('lets nobody write it through the API, not even a coordinator', async () => {
    const coordinator = (await userDoc('coordinator')) as never
    await expect(
      payload.create({
        collection: 'notifications',
        overrideAccess: false,
        user: coordinator,
        data: { idempotencyKey: 'forged', kind: 'file.approved', recipientEmail: 'x@example.org', language: 'fr', status: 'sent', attempts: 1 },
      }),
    ).rejects.toThrow()
    const [mine] = (await payload.find({ collection: 'notifications', where: { idempotencyKey: { equals: 'mine' } }, overrideAccess: true })).docs
    await expect(payload.update({ collection: 'notifications', id: mine.id, overrideAccess: false, user: coordinator, data: { status: 'failed' } })).rejects.toThrow()
  })

  it('lists kind, recipient, status, attempts, last error, sent at and file, with readable kinds', () => {
    const collection = payload.collections.notifications.config
    expect(collection.admin.defaultColumns).toEqual(['kind', 'recipientEmail', 'status', 'attempts', 'lastError', 'sentAt', 'file'])
    const kind = collection.flattenedFields.find((f) => f.name === 'kind') as { options: { value: string; label: Record<string, string> }[] }
    expect(kind.options.find((o) => o.value === 'session.convocation')?.label).toEqual({ fr: 'Convocation', en: 'Joining instructions' })
  })
})

describe('GET /api/notifications/preview', () => {
  it('renders any kind with sample data for coordinators and admins, as HTML or text, in French or English', async () => {
    const html = await rest('/notifications/preview?kind=session.convocation&lang=fr&format=html', 'coordinator')
    expect(html.status).toBe(200)
    expect(html.headers.get('content-type')).toMatch(/^text\/html/)
    const page = await html.text()
    expect(page).toContain('CHRS Les Lucioles')
    expect(page).not.toMatch(/undefined|NaN|\{\{/)
    expect(decodeURIComponent(html.headers.get('x-email-subject') ?? '')).toMatch(/^Convocation/)

    const plain = await rest('/notifications/preview?kind=ops.failure_digest&lang=en&format=text', 'admin')
    expect(plain.status).toBe(200)
    expect(plain.headers.get('content-type')).toMatch(/^text\/plain/)
    const body = await plain.text()
    expect(body).toContain('550 5.1.1 Mailbox unavailable')
    expect(body).not.toMatch(/<[a-z]/i)
  })

  it('refuses everyone else', async () => {
    for (const who of ['structureAdmin', 'facilitator', undefined] as const) {
      const response = await rest('/notifications/preview?kind=session.convocation', who)
      expect(response.status).toBe(403)
      expect(((await response.json()) as { message: string }).message).toMatch(/Réservé.*\/ .*only/)
    }
  })

  it('answers 400 with the valid values, in French and English, to an unknown kind, language or format', async () => {
    const badKind = await rest('/notifications/preview?kind=file.nope', 'coordinator')
    expect(badKind.status).toBe(400)
    const kindError = (await badKind.json()) as { message: string; allowed: string[] }
    expect(kindError.message).toMatch(/^Paramètre « kind » invalide \("file.nope"\) : valeurs possibles .* \/ Invalid "kind" parameter \("file.nope"\): expected one of /)
    expect(kindError.message).toContain('session.convocation')
    expect(kindError.allowed).toContain('ops.failure_digest')

    const badLang = await rest('/notifications/preview?kind=file.approved&lang=de', 'coordinator')
    expect(badLang.status).toBe(400)
    expect(((await badLang.json()) as { message: string }).message).toMatch(/fr, en.*expected one of fr, en/)

    expect((await rest('/notifications/preview?kind=file.approved&format=pdf', 'coordinator')).status).toBe(400)
    expect((await rest('/notifications/preview', 'coordinator')).status).toBe(400)
  })
})
