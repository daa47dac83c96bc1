import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Queue } from 'bullmq'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { createFileWorld } from '../helpers/fixtures'
import { settle } from '../helpers/pipeline'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { sleep } from '../helpers/wait'

const DAY = 24 * 3600 * 1000

let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime
let catcher: MailCatcher
let runWorklistNudge: typeof import('../../jobs/definitions/worklist-nudge').runWorklistNudge
const facilitators: Record<'nice' | 'marseille1' | 'marseille2' | 'toulon', { userId: string; profileId: string; email: string }> = {} as never
const structureIds: Record<string, string> = {}

const userDoc = (id: string) => payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
const structure = (name: string) => payload.findByID({ collection: 'structures', id: structureIds[name], depth: 0, overrideAccess: true })
const nudgeMails = () => catcher.mails.filter((m) => m.to.some((a) => a.endsWith('@eric.example.org')))

async function facilitator(key: keyof typeof facilitators, departement: string) {
  const email = `${key}@eric.example.org`
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    context: { skipWelcomeMail: true },
    data: { email, password: 'motdepasse-1', name: `Animateur ${key}`, role: 'facilitator', language: 'fr' },
  })
  const space = await payload.create({
    collection: 'eric-spaces',
    overrideAccess: true,
    data: { name: `ERIC ${key}`, commune: key, postalCode: '20000', departement, email: `espace-${key}@example.org` } as never,
  })
  const profile = await payload.create({ collection: 'facilitators', overrideAccess: true, data: { name: `Animateur ${key}`, user: user.id, ericSpace: space.id } as never })
  facilitators[key] = { userId: String(user.id), profileId: String(profile.id), email }
}

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  ;({ runWorklistNudge } = await import('../../jobs/definitions/worklist-nudge'))
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  catcher = await startMailCatcher({ port: env.smtpPort })
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(payload)
  await facilitator('marseille1', '13')
  await facilitator('marseille2', '13')
  await facilitator('toulon', '83')
  await facilitator('nice', '2A') // an ERIC in Corse: PACA's 06 has none
  const { makeSiret } = await import('../../src/validation/siret')
  const rows = [
    ['CHRS Alpha', '13'],
    ['CHRS Beta', '13'],
    ['CADA Gamma', '13'],
    ['CADA Delta', '13'],
    ['ACI Epsilon', '83'],
    ['EI Zeta', '06'],
  ]
  for (const [i, [name, departement]] of rows.entries()) {
    const doc = await payload.create({
      collection: 'structures',
      overrideAccess: true,
      data: { name, type: 'chrs', siret: makeSiret(String(60000000 + i), '0031'), departement, commune: 'Ville', contactEmail: `s${i}@example.org` } as never,
    })
    structureIds[name] = String(doc.id)
  }
  await payload.create({ collection: 'campaigns', overrideAccess: true, data: { title: 'Déploiement PACA', phase: 'regional', region: 'paca', startDate: new Date(Date.now() - DAY).toISOString() } })
}, 120_000)

afterAll(async () => {
  await runtime?.close(2000)
  await catcher?.close()
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('facilitator worklists', () => {
  it('assigns structures by département, evenly, and reports the départements without a facilitator', async () => {
    const { assignStructuresByDepartement } = await import('../../collections/structures/endpoints/assign')
    const plan = await assignStructuresByDepartement(payload, 'paca')
    expect(plan.assignments).toHaveLength(5)
    expect(plan.unmatched).toEqual({ '06': 1 })
    const assigned = async (name: string) => String((await structure(name)).assignedFacilitator)
    const inMarseille = await Promise.all(['CHRS Alpha', 'CHRS Beta', 'CADA Gamma', 'CADA Delta'].map(assigned))
    expect(inMarseille.filter((id) => id === facilitators.marseille1.profileId)).toHaveLength(2)
    expect(inMarseille.filter((id) => id === facilitators.marseille2.profileId)).toHaveLength(2)
    expect(await assigned('ACI Epsilon')).toBe(facilitators.toulon.profileId)
    // A second run finds nothing left to assign; assignments by hand are kept.
    expect((await assignStructuresByDepartement(payload, 'paca')).assignments).toHaveLength(0)
  })

  it('lets the facilitator update the contact status of their structures, and nothing else', async () => {
    const owner = (await structure('ACI Epsilon')).assignedFacilitator
    expect(String(owner)).toBe(facilitators.toulon.profileId)
    const user = (await userDoc(facilitators.toulon.userId)) as never
    const updated = await payload.update({ collection: 'structures', id: structureIds['ACI Epsilon'], data: { contactStatus: 'presented' }, overrideAccess: false, user })
    expect(updated.contactStatus).toBe('presented')
    // Renaming is not theirs: refused, naming the field (src/access/field-write-rules.ts), and nothing changes.
    await expect(
      payload.update({ collection: 'structures', id: structureIds['ACI Epsilon'], data: { name: 'Autre nom' }, overrideAccess: false, user }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringContaining('« Nom »') })
    expect((await structure('ACI Epsilon')).name).toBe('ACI Epsilon')
    await expect(
      payload.update({ collection: 'structures', id: structureIds['CHRS Alpha'], data: { contactStatus: 'presented' }, overrideAccess: false, user }),
    ).rejects.toThrow()
  })

  it('nudges each facilitator once about the structures untouched for 30 days, through one job scheduler', async () => {
    const in31 = new Date(Date.now() + 31 * DAY)
    const before = await structure('ACI Epsilon')
    expect(await runWorklistNudge(payload, new Date(Date.now() + 29 * DAY))).toEqual({ facilitators: 0, structures: 0 })
    expect(await runWorklistNudge(payload, in31)).toEqual({ facilitators: 3, structures: 5 })
    // The nudge's date is bookkeeping: an open edit view of the structure must not see « Document modifié ».
    const nudged = await structure('ACI Epsilon')
    expect(nudged.worklistNudgedAt).toBe(in31.toISOString())
    expect(nudged.updatedAt).toBe(before.updatedAt)
    await settle(payload, runtime)
    expect(await runWorklistNudge(payload, new Date(Date.now() + 32 * DAY))).toEqual({ facilitators: 0, structures: 0 })
    await settle(payload, runtime)
    await sleep(500)
    const mails = nudgeMails()
    expect(mails.map((m) => m.to[0]).sort()).toEqual([facilitators.marseille1.email, facilitators.marseille2.email, facilitators.toulon.email])
    const toulon = mails.find((m) => m.to[0] === facilitators.toulon.email)!
    expect(toulon.subject).toContain('Déploiement PACA')
    expect(toulon.raw).toContain('ACI Epsilon')

    // A contact noted by the facilitator starts a new period: 30 days later, that structure alone nudges again.
    const user = (await userDoc(facilitators.marseille1.userId)) as never
    const mine = (await payload.find({ collection: 'structures', where: { assignedFacilitator: { equals: facilitators.marseille1.profileId } }, overrideAccess: true })).docs[0]
    await payload.update({ collection: 'structures', id: mine.id, data: { lastContactAt: new Date(Date.now() + 40 * DAY).toISOString() }, overrideAccess: false, user })
    expect(await runWorklistNudge(payload, new Date(Date.now() + 60 * DAY))).toEqual({ facilitators: 0, structures: 0 })
    expect(await runWorklistNudge(payload, new Date(Date.now() + 71 * DAY))).toEqual({ facilitators: 1, structures: 1 })
    await settle(payload, runtime)
    await sleep(500)
    expect(nudgeMails()).toHaveLength(4)

    // One recurring scheduler, however many worker starts upserted it.
    runtime = await (async () => {
      await runtime.close(2000)
      const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
      return startWorkerRuntime(payload)
    })()
    const { createRedisConnection } = await import('../../src/lib/redis')
    const connection = createRedisConnection('worker')
    const queue = new Queue('worklist', { connection, prefix: env.queuePrefix })
    const schedulers = await queue.getJobSchedulers()
    expect(schedulers.map((s) => s.key)).toEqual(['worklist-nudge'])
    expect(schedulers[0]).toMatchObject({ pattern: '0 8 * * *', tz: 'Europe/Paris' })
    expect(await queue.getJobCountByTypes('delayed')).toBe(1)
    await queue.close()
    connection.disconnect()
  }, 120_000)
})

describe('contact status follows the funding files', () => {
  it('becomes "engaged" when the structure files a request, "trained" when its session is delivered', async () => {
    const world = await createFileWorld(payload, new Date())
    const admin = await userDoc(world.users.structureAdmin.id)
    const file = await payload.create({
      collection: 'funding-files',
      overrideAccess: false,
      user: admin as never,
      data: { structure: world.structureId, session: world.sessionId, requestedAmount: 4800, requestedTrainees: 10 } as never,
    })
    await settle(payload, runtime)
    const engaged = await payload.findByID({ collection: 'structures', id: world.structureId, overrideAccess: true })
    expect(engaged.contactStatus).toBe('engaged')
    expect(Date.parse(engaged.contactStatusChangedAt!)).toBeGreaterThan(Date.now() - 60_000)
    // The session's end is a timer several moves away (walked in funding-file-walk.test.ts): its event is replayed here.
    const { advanceContactStatus } = await import('../../jobs/shared/contact-status')
    const event = {
      eventId: 'test-delivered',
      type: 'file.moved',
      aggregate: 'funding-files',
      aggregateId: String(file.id),
      data: { kind: 'transition', from: 'in_progress', to: 'delivered' },
      occurredAt: new Date().toISOString(),
    }
    expect(await advanceContactStatus(payload, event)).toBe('trained')
    expect(await advanceContactStatus(payload, { ...event, data: { kind: 'transition', from: 'delivered', to: 'cancelled' } })).toBeUndefined()
    expect((await payload.findByID({ collection: 'structures', id: world.structureId, overrideAccess: true })).contactStatus).toBe('trained')
  })
})
