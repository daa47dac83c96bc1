import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { kitBacklogWindow } from '../../src/campaigns/kit'
import { bootPayload } from '../helpers/boot'
import { settle } from '../helpers/pipeline'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { restRequest } from '../helpers/rest'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { sleep, waitFor } from '../helpers/wait'

const STRUCTURES = 500
const RATE = 50

let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime
let catcher: MailCatcher
let campaignId: string
let readKitProgress: typeof import('../../jobs/definitions/campaign-kit').readKitProgress

const startRuntime = async () => {
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  return startWorkerRuntime(payload, { mailRatePerSecond: RATE })
}

const COORD = { email: 'coord@federation.example.org', password: 'motdepasse-1' }
/** A REST call as the coordinator. */
const rest = (method: 'GET' | 'POST', path: string) => restRequest(payload, { method, path, login: COORD })

const kitMails = () => catcher.mails.filter((m) => m.to.some((a) => a.endsWith('@kit.example.org')))
const progress = async () => (await readKitProgress(payload, campaignId))!

/** Structures through the importer: 500 to mail in PACA, and four that must not get the kit. */
async function importStructures() {
  const { makeSiret } = await import('../../src/validation/siret')
  const { startStructureImport } = await import('../../collections/imports/run-import')
  const row = (i: number, dep: string, email: string) => `${makeSiret(String(50000000 + i), '0021')};Structure ${i};chrs;${dep};Commune;${email}`
  const rows = [
    ...Array.from({ length: STRUCTURES }, (_, i) => row(i, ['04', '05', '06', '13', '83', '84'][i % 6], `s${i}@kit.example.org`)),
    row(900, '2A', 's900@kit.example.org'), // Corse: another region
    row(901, '2B', 's901@kit.example.org'),
    row(902, '13', ''), // no address
    row(903, '13', 's903@kit.example.org'), // presented by hand below
  ]
  const started = await startStructureImport(payload, {
    bytes: new TextEncoder().encode(['siret;nom;type;departement;commune;email', ...rows].join('\n')),
    filename: 'paca.csv',
    source: 'cli',
  })
  expect(await started.done).toMatchObject({ created: STRUCTURES + 4 })
  const { docs } = await payload.find({ collection: 'structures', where: { contactEmail: { equals: 's903@kit.example.org' } }, overrideAccess: true })
  await payload.update({ collection: 'structures', id: docs[0].id, data: { contactStatus: 'presented' }, overrideAccess: true })
}

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  ;({ readKitProgress } = await import('../../jobs/definitions/campaign-kit'))
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  catcher = await startMailCatcher({ port: env.smtpPort })
  runtime = await startRuntime()
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    context: { skipWelcomeMail: true },
    data: { email: 'coord@federation.example.org', password: 'motdepasse-1', name: 'Coordination', role: 'coordinator', language: 'fr' },
  })
  await importStructures()
  const campaign = await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    data: {
      title: 'Déploiement régional PACA 2027',
      phase: 'regional',
      region: 'paca',
      startDate: '2027-01-04T00:00:00.000Z',
      kit: { link: 'https://essaim.example.org/kit-paca', documents: [{ line: 'La plaquette de la formation' }] },
    },
  })
  campaignId = String(campaign.id)
}, 120_000)

afterAll(async () => {
  await runtime?.close(2000)
  await catcher?.close()
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('campaign kit mailing', () => {
  it('previews the kit as the first structure will receive it', async () => {
    const res = await rest('GET', `/campaigns/${campaignId}/kit/preview?lang=fr&format=text`)
    expect(res.status).toBe(200)
    expect(decodeURIComponent(res.headers.get('x-email-subject') ?? '')).toContain('Déploiement régional PACA 2027')
    const text = await res.text()
    expect(text).toContain('La plaquette de la formation')
    expect(text).toContain('https://essaim.example.org/kit-paca')
    const status = await rest('GET', `/campaigns/${campaignId}/kit`)
    expect(await status.json()).toMatchObject({ progress: { status: 'idle', sent: 0, remaining: STRUCTURES, noAddress: 1 }, problems: [] })
  })

  it('refuses a launch without a region or a pause of a mailing that is not running', async () => {
    const national = await payload.create({
      collection: 'campaigns',
      overrideAccess: true,
      data: { title: 'Essaimage national', phase: 'national', startDate: '2027-01-04T00:00:00.000Z', kit: { link: 'https://essaim.example.org/kit' } },
    })
    const noRegion = await rest('POST', `/campaigns/${national.id}/kit/launch`)
    expect(noRegion.status).toBe(400)
    expect(((await noRegion.json()) as { message: string }).message).toMatch(/pas de région/)
    expect((await rest('POST', `/campaigns/${campaignId}/kit/pause`)).status).toBe(409)
  })

  it('launches, pauses (no more mails) and resumes', async () => {
    const launched = await rest('POST', `/campaigns/${campaignId}/kit/launch`)
    expect(launched.status).toBe(200)
    await waitFor('the first kits', () => kitMails().length >= 40, 120_000, 50)
    const atRequest = kitMails().length
    expect((await rest('POST', `/campaigns/${campaignId}/kit/pause`)).status).toBe(200)
    // What was already in the mail pipeline goes out (at most its window), then nothing more.
    await settle(payload, runtime, 60_000)
    const drained = kitMails().length
    expect(drained - atRequest).toBeLessThanOrEqual(kitBacklogWindow(RATE) + 2)
    await sleep(2000)
    expect(kitMails().length).toBe(drained)
    const atPause = drained
    const paused = await progress()
    expect(paused).toMatchObject({ status: 'paused', finished: false })
    expect(paused.remaining).toBeGreaterThan(0)
    expect(paused.sent + paused.failed + paused.queued + paused.remaining).toBe(STRUCTURES)
    expect((await rest('POST', `/campaigns/${campaignId}/kit/resume`)).status).toBe(200)
    await waitFor('more kits after resuming', () => kitMails().length > atPause, 60_000, 50)
  }, 240_000)

  it('sends exactly one kit per structure although the worker is stopped and restarted midway', async () => {
    await waitFor('some 200 kits', () => kitMails().length >= 200, 180_000, 50)
    const { forced } = await runtime.close(10_000)
    expect(forced).toBe(false)
    const whileStopped = kitMails().length
    expect(whileStopped).toBeLessThan(STRUCTURES)
    runtime = await startRuntime()
    await waitFor('every kit', async () => (await progress()).sent === STRUCTURES, 240_000, 200)
    await settle(payload, runtime)
    await sleep(1500)
    const mails = kitMails()
    expect(mails).toHaveLength(STRUCTURES)
    expect(new Set(mails.map((m) => m.to[0])).size).toBe(STRUCTURES)
    expect(mails.some((m) => /s90[0-3]@/.test(m.to[0]))).toBe(false)
    expect(await progress()).toMatchObject({ status: 'running', sent: STRUCTURES, failed: 0, queued: 0, remaining: 0, noAddress: 1, finished: true })
    const presented = await payload.count({ collection: 'structures', where: { and: [{ region: { equals: 'paca' } }, { contactStatus: { equals: 'presented' } }] }, overrideAccess: true })
    expect(presented.totalDocs).toBe(STRUCTURES + 1)
    const corse = await payload.count({ collection: 'structures', where: { and: [{ region: { equals: 'corse' } }, { contactStatus: { equals: 'to-approach' } }] }, overrideAccess: true })
    expect(corse.totalDocs).toBe(2)
  }, 480_000)

  it('never mails a structure twice when launched again', async () => {
    const again = await rest('POST', `/campaigns/${campaignId}/kit/launch`)
    expect(again.status).toBe(200)
    await settle(payload, runtime)
    await sleep(1500)
    expect(kitMails()).toHaveLength(STRUCTURES)
    const rows = await payload.count({ collection: 'notifications', where: { kind: { equals: 'campaign.kit' } }, overrideAccess: true })
    expect(rows.totalDocs).toBe(STRUCTURES)
  })
})
