/**
 * Campaign mails and their one-click unsubscribe (RFC 8058), end to end: the kit mailing through the real
 * pipeline to a real SMTP server on loopback, the headers read back by mailparser, the POST a mailbox provider
 * sends, the record on the structure, and a second campaign that no longer mails that contact.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Job } from 'bullmq'
import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { KitJobData } from '../../src/campaigns/kit'
import type { CaughtMail, MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { settle } from '../helpers/pipeline'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { restRequest } from '../helpers/rest'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { waitFor } from '../helpers/wait'

const SERVER = 'https://essaim.example.org'
const ADDRESSES = ['a@optout.example.org', 'b@optout.example.org', 'c@optout.example.org']

let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime
let catcher: MailCatcher
let kit: typeof import('../../jobs/definitions/campaign-kit')
const structureIds: Record<string, string> = {}

const mailsTo = (address: string): CaughtMail[] => catcher.mails.filter((m) => m.to.includes(address))

async function headersOf(mail: CaughtMail) {
  const parsed = await simpleParser(mail.raw)
  const line = (key: string) => parsed.headerLines.find((h) => h.key === key)?.line
  return { autoSubmitted: parsed.headers.get('auto-submitted'), unsubscribe: line('list-unsubscribe'), post: line('list-unsubscribe-post') }
}

async function launchCampaign(title: string): Promise<string> {
  const campaign = await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    data: { title, phase: 'regional', region: 'paca', startDate: '2027-01-04T00:00:00.000Z', kit: { link: 'https://essaim.example.org/kit-paca' } },
  })
  const launched = await kit.requestKitAction(payload, String(campaign.id), 'launch')
  expect(launched.ok).toBe(true)
  await settle(payload, runtime)
  return String(campaign.id)
}

/** The path below /api of an unsubscribe URL (the REST helper calls Payload's handler directly). */
const apiPath = (url: string) => url.slice(`${SERVER}/api`.length)
const post = (path: string) =>
  restRequest(payload, { method: 'POST', path, body: 'List-Unsubscribe=One-Click', contentType: 'application/x-www-form-urlencoded' })

beforeAll(async () => {
  env = await useTestEnv({ SERVER_URL: SERVER })
  payload = await bootPayload()
  kit = await import('../../jobs/definitions/campaign-kit')
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  catcher = await startMailCatcher({ port: env.smtpPort })
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(payload)
  const { makeSiret } = await import('../../src/validation/siret')
  for (const [i, address] of ADDRESSES.entries()) {
    const s = await payload.create({
      collection: 'structures',
      overrideAccess: true,
      data: { name: `Structure ${i}`, siret: makeSiret(String(71000000 + i), '0019'), type: 'chrs', departement: '13', commune: 'Marseille', contactEmail: address } as never,
    })
    structureIds[address] = String(s.id)
  }
}, 120_000)

afterAll(async () => {
  await runtime?.close(2000)
  await catcher?.close()
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('campaign mails: headers and one-click unsubscribe', () => {
  let url: string

  it('sends the kit with Auto-Submitted, an HTTPS List-Unsubscribe and the one-click header', async () => {
    await launchCampaign('Campagne PACA 1')
    for (const address of ADDRESSES) await waitFor(`the kit to ${address}`, () => mailsTo(address).length === 1)
    const h = await headersOf(mailsTo(ADDRESSES[0])[0])
    expect(h.autoSubmitted).toBe('auto-generated')
    expect(h.post).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
    const m = /^List-Unsubscribe: <(https:\/\/[^>]+)>$/.exec(h.unsubscribe ?? '')
    expect(m).not.toBeNull()
    url = m![1]
    expect(url.startsWith(`${SERVER}/api/structures/unsubscribe/`)).toBe(true)
    // The same address, readable in the body for a person.
    const body = (await simpleParser(mailsTo(ADDRESSES[0])[0].raw)).text ?? ''
    expect(body).toContain('Désabonnez-vous ici')
    expect(body).toContain(url)
    // Each contact has their own address.
    expect((await headersOf(mailsTo(ADDRESSES[1])[0])).unsubscribe).not.toBe(h.unsubscribe)
  })

  it('a GET only shows the page (link scanners must not unsubscribe); a forged token is refused', async () => {
    const page = await restRequest(payload, { path: apiPath(url) })
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<form method="post"')
    expect(html).toContain(ADDRESSES[0])
    const s = await payload.findByID({ collection: 'structures', id: structureIds[ADDRESSES[0]], overrideAccess: true })
    expect((s as { campaignOptOutAt?: string | null }).campaignOptOutAt ?? null).toBeNull()
    const forged = await post(apiPath(url).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))
    expect(forged.status).toBe(400)
    expect(await forged.text()).toMatch(/Lien de désabonnement invalide[\s\S]*Invalid unsubscribe link/)
  })

  it('the one-click POST records who and when, and says so in French and English', async () => {
    const before = Date.now()
    const res = await post(apiPath(url))
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('Vous êtes désabonné')
    expect(html).toContain('You are unsubscribed')
    const s = (await payload.findByID({ collection: 'structures', id: structureIds[ADDRESSES[0]], overrideAccess: true })) as {
      campaignOptOutAt?: string | null
      campaignOptOutEmail?: string | null
    }
    expect(s.campaignOptOutEmail).toBe(ADDRESSES[0])
    expect(Date.parse(s.campaignOptOutAt ?? '')).toBeGreaterThanOrEqual(before - 1000)
    // A second click keeps the first record.
    expect((await post(apiPath(url))).status).toBe(200)
    const again = (await payload.findByID({ collection: 'structures', id: structureIds[ADDRESSES[0]], overrideAccess: true })) as { campaignOptOutAt?: string | null }
    expect(again.campaignOptOutAt).toBe(s.campaignOptOutAt)
  })

  it('the next campaign mails the others, never the contact who unsubscribed', async () => {
    // Back to "to approach" by hand, as a new season would: only the opt-out should keep the first one out.
    for (const id of Object.values(structureIds)) {
      await payload.update({ collection: 'structures', id, data: { contactStatus: 'to-approach' }, overrideAccess: true })
    }
    const second = await launchCampaign('Campagne PACA 2')
    for (const address of ADDRESSES.slice(1)) await waitFor(`the second kit to ${address}`, () => mailsTo(address).length === 2)
    await settle(payload, runtime)
    expect(mailsTo(ADDRESSES[0])).toHaveLength(1)
    // A kit job queued before the opt-out is skipped when it runs.
    const generation = 1
    const job = { data: { campaignId: second, structureId: structureIds[ADDRESSES[0]], generation } } as Job<KitJobData>
    expect(await kit.runKitJob(payload, runtime.queues, job)).toBe('unsubscribed')
    await settle(payload, runtime)
    expect(mailsTo(ADDRESSES[0])).toHaveLength(1)
  })
})

describe('a mail Payload sends itself', () => {
  it('the password reset carries Auto-Submitted too (the SMTP transport’s defaults)', async () => {
    const email = 'reset@optout.example.org'
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      context: { skipWelcomeMail: true },
      data: { email, password: 'motdepasse-1', name: 'Reset', role: 'coordinator', language: 'fr' } as never,
    })
    // Through REST, as the login page asks for it (the local call would hold SQLite's write lock while sending).
    const res = await restRequest(payload, { method: 'POST', path: '/users/forgot-password', body: JSON.stringify({ email }), contentType: 'application/json' })
    expect(res.status).toBe(200)
    const mail = await waitFor('the reset mail', () => mailsTo(email)[0])
    const h = await headersOf(mail)
    expect(h.autoSubmitted).toBe('auto-generated')
    expect(h.unsubscribe).toBeUndefined()
  })
})
