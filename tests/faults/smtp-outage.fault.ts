import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { printFigures } from './harness/ledger'
import { openScene, type Scene } from './harness/scene'
import { silentStartExits, startWorkerProcess } from './harness/worker-processes'
import { restRequest } from '../helpers/rest'
import { sleep, waitFor } from '../helpers/wait'

// Issue 19: the SMTP server down for 60 s during a campaign kit of 500 messages, then refusing every other
// connection until the end. One worker process sends; the delivery log shows the failures meanwhile.
const STRUCTURES = 500
const OUTAGE_MS = 60_000
const COORD = { email: 'coord-kit@federation.example.org', password: 'motdepasse-1' }
let scene: Scene
let campaignId: string

beforeAll(async () => {
  scene = await openScene()
  const { payload } = scene
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    context: { skipWelcomeMail: true },
    data: { email: COORD.email, password: COORD.password, name: 'Coordination', role: 'coordinator', language: 'fr' },
  })
  const { makeSiret } = await import('../../src/validation/siret')
  const { startStructureImport } = await import('../../collections/imports/run-import')
  const rows = Array.from({ length: STRUCTURES }, (_, i) => `${makeSiret(String(60000000 + i), '0021')};Structure ${i};chrs;13;Marseille;s${i}@kit.example.org`)
  const started = await startStructureImport(payload, {
    bytes: new TextEncoder().encode(['siret;nom;type;departement;commune;email', ...rows].join('\n')),
    filename: 'kit.csv',
    source: 'cli',
  })
  await started.done
  const campaign = await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    data: { title: 'Kit sous panne SMTP', phase: 'regional', region: 'paca', startDate: '2027-01-04T00:00:00.000Z', kit: { link: 'https://essaim.example.org/kit' } },
  })
  campaignId = String(campaign.id)
  scene.workers.push(await startWorkerProcess('w1'))
}, 300000)

afterAll(async () => {
  await scene?.close()
}, 60000)

const kitRows = async () =>
  (await scene.payload.find({ collection: 'notifications', where: { recipientEmail: { contains: 'kit.example.org' } }, pagination: false, depth: 0, overrideAccess: true })).docs

describe('SMTP down 60 s during a campaign kit, then refusing every other connection', () => {
  it('delivers every message once, and the delivery log shows the failures meanwhile', async () => {
    const started = Date.now()
    const launched = await restRequest(scene.payload, { method: 'POST', path: `/campaigns/${campaignId}/kit/launch`, login: COORD })
    expect(launched.status).toBe(200)
    await waitFor('the first 100 kits', () => scene.smtp.received.size >= 100, 180000, 50)
    // Closing lets the sessions already open finish their message; from then on nothing can get through.
    await scene.smtp.stop()
    const beforeOutage = scene.smtp.received.size
    const downAt = Date.now()
    let failuresSeen = 0
    while (Date.now() - downAt < OUTAGE_MS) {
      await sleep(5000)
      const rows = await kitRows()
      failuresSeen = Math.max(failuresSeen, rows.filter((r) => r.status !== 'sent' && r.lastError).length)
    }
    const duringOutage = scene.smtp.received.size - beforeOutage
    scene.smtp.setMode('refuse-every-other')
    await scene.smtp.start()
    const backAt = Date.now()
    await waitFor('every kit delivered', async () => (await kitRows()).filter((r) => r.status === 'sent').length === STRUCTURES, 600000, 1000)
    const rows = await kitRows()
    const figures = {
      messages: STRUCTURES,
      deliveries: rows.length,
      deliveriesSent: rows.filter((r) => r.status === 'sent').length,
      receivedBeforeOutage: beforeOutage,
      receivedDuringOutage: duringOutage,
      failuresVisibleInDeliveryLog: failuresSeen,
      refusedConnections: scene.smtp.refusedConnections,
      mailsReceived: scene.smtp.received.size,
      mailDuplicates: scene.smtp.duplicates(),
      mailsLost: rows.filter((r) => !r.messageId || !scene.smtp.received.has(r.messageId)).length,
      workerSilentStartExits: silentStartExits,
      recoverAfterSmtpBackMs: Date.now() - backAt,
      totalMs: Date.now() - started,
    }
    printFigures('SMTP down 60 s during a 500-message kit, then refusing every other connection', figures)
    expect(duringOutage).toBe(0)
    expect(failuresSeen).toBeGreaterThan(0)
    expect(scene.smtp.refusedConnections).toBeGreaterThan(0)
    expect(figures.deliveries).toBe(STRUCTURES)
    expect(figures.mailsReceived).toBe(STRUCTURES)
    expect(figures.mailDuplicates).toBe(0)
    expect(figures.mailsLost).toBe(0)
  })
})
