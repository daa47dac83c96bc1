/**
 * Onboarding a federation in one step (issue 20): POST /api/federations/onboard (the admin screen's endpoint) on a
 * real SQLite file, the welcome mail through the real worker to a real SMTP server on loopback, its link used to
 * choose a password and sign in; all or nothing on a refused file, a taken address or a structure of another
 * federation; administrators only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from '../helpers/boot'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { restCall, restRequest } from '../helpers/rest'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { waitFor } from '../helpers/wait'

const PASSWORD = 'motdepasse-test'
const ADMIN = { email: 'admin-onboard@example.org', password: PASSWORD }
const COORDINATOR = { email: 'coord-paca@example.org', password: PASSWORD }
const HEADER = 'siret;nom;type;departement;commune;code_postal;email'

let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime
let smtp: MailCatcher
let makeSiret: (body: string, establishment: string) => string
let templateId: string
let pacaStructureSiret: string

const csvLine = (n: number, overrides: { siret?: string; type?: string } = {}) =>
  [overrides.siret ?? makeSiret(String(41000000 + n), '0011'), `CHRS Rhône ${n}`, overrides.type ?? 'CHRS', '69', 'Lyon', '69001', `chrs${n}@rhone.example.org`].join(';')
const csv = (lines: string[]) => [HEADER, ...lines].join('\n')

/** The admin screen's request: the fields as JSON in `_payload`, the structures file in `file`. */
async function onboard(fields: Record<string, string>, file?: string, login = ADMIN) {
  const form = new FormData()
  form.set('_payload', JSON.stringify(fields))
  if (file !== undefined) form.set('file', new Blob([file], { type: 'text/csv' }), 'structures.csv')
  const response = await restRequest(payload, { method: 'POST', path: '/federations/onboard', login, body: form })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

const count = async (collection: CollectionSlug) => (await payload.count({ collection, overrideAccess: true })).totalDocs
const counts = async () => ({
  federations: await count('federations'),
  users: await count('users'),
  campaigns: await count('campaigns'),
  structures: await count('structures'),
  outbox: await count('outbox-events'),
})

const fields = (overrides: Record<string, string> = {}) => ({
  name: 'FAS Auvergne-Rhône-Alpes',
  territory: 'Auvergne-Rhône-Alpes',
  phase: 'pilot',
  networkName: 'Hub',
  networkLabel: 'Hub numérique Auvergne-Rhône-Alpes',
  coordinatorName: 'Léa Martin',
  coordinatorEmail: 'Lea.Martin@ara.example.org',
  template: 'essaimage-national',
  region: 'ara',
  campaignStart: '2027-01-04',
  ...overrides,
})

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  ;({ makeSiret } = await import('../../src/validation/siret'))
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  smtp = await startMailCatcher({ port: env.smtpPort })
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(payload)
  const create = (collection: CollectionSlug, data: Record<string, unknown>) =>
    payload.create({ collection, overrideAccess: true, context: { skipWelcomeMail: true }, data: data as never })
  // The platform's first federation (PACA) holds the accounts, a structure and the national template.
  await create('users', { ...ADMIN, name: 'Admin', role: 'admin', language: 'fr' })
  await create('users', { ...COORDINATOR, name: 'Coord PACA', role: 'coordinator', language: 'fr' })
  pacaStructureSiret = makeSiret('41999999', '0011')
  await create('structures', { siret: pacaStructureSiret, name: 'CHRS Marseille', type: 'chrs', departement: '13', commune: 'Marseille' })
  const template = await create('campaigns', {
    title: 'Essaimage national',
    slug: 'essaimage-national',
    phase: 'national',
    startDate: '2026-09-01',
    summary: 'Le programme national.',
    targets: { structures: 40, ericSpaces: 10 },
  })
  templateId = String(template.id)
})

afterAll(async () => {
  await runtime?.close(2000)
  await smtp?.close()
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('POST /api/federations/onboard', () => {
  it('refuses anyone but an administrator, in French and English, and creates nothing', async () => {
    const before = await counts()
    const asCoordinator = await onboard(fields(), undefined, COORDINATOR)
    expect(asCoordinator.status).toBe(403)
    expect(asCoordinator.json.message).toBe('Réservé aux administrateurs / administrators only')
    const anonymous = await restCall(payload, { method: 'POST', path: '/federations/onboard', body: fields() })
    expect(anonymous.status).toBe(401)
    expect(await counts()).toEqual(before)
  })

  it('refuses bad input naming each field, in French and English', async () => {
    const { status, json } = await onboard(fields({ coordinatorEmail: 'pas-une-adresse', phase: 'national', region: '' }))
    expect(status).toBe(400)
    expect(json.message).toContain('« coordinatorEmail » : adresse e-mail attendue')
    expect(json.message).toContain('"coordinatorEmail": an e-mail address is expected')
    expect(json.message).toContain('« phase »')
    // A body that is not JSON, as JSON or in the form's « _payload »: a 400 that says so, not a 500.
    const notJson = await restRequest(payload, { method: 'POST', path: '/federations/onboard', login: ADMIN, body: '{"name":', contentType: 'application/json' })
    expect(notJson.status).toBe(400)
    const form = new FormData()
    form.set('_payload', 'pas du json')
    const badForm = await restRequest(payload, { method: 'POST', path: '/federations/onboard', login: ADMIN, body: form })
    expect(badForm.status).toBe(400)
    expect(((await badForm.json()) as { message: string }).message).toContain('unreadable request body')
  })

  it('creates the federation, its coordinator invited by mail, its campaign and its structures', async () => {
    const { status, json } = await onboard(fields(), csv([csvLine(1), csvLine(2), csvLine(3)]))
    expect(status).toBe(201)
    const result = json as unknown as import('../../src/federations/onboard').OnboardingResult
    const federation = await payload.findByID({ collection: 'federations', id: result.federation.id, overrideAccess: true })
    expect(federation).toMatchObject({ name: 'FAS Auvergne-Rhône-Alpes', slug: 'fas-auvergne-rhone-alpes', phase: 'pilot', networkName: 'Hub' })

    // The coordinator belongs to the new federation only.
    const coordinator = await payload.findByID({ collection: 'users', id: result.coordinator.id, depth: 0, overrideAccess: true })
    expect(coordinator).toMatchObject({ email: 'lea.martin@ara.example.org', role: 'coordinator', federations: [result.federation.id] })

    // The campaign is the template's copy, in the federation's phase, region and federation.
    expect(result.campaign?.templateTitle).toBe('Essaimage national')
    const campaign = await payload.findByID({ collection: 'campaigns', id: result.campaign!.id, depth: 0, overrideAccess: true })
    expect(campaign).toMatchObject({ federation: result.federation.id, phase: 'pilot', region: 'ara', clonedFrom: templateId, summary: 'Le programme national.' })

    // The structures are in the new federation.
    expect(result.structures.created).toBe(3)
    const structures = await payload.find({ collection: 'structures', where: { federation: { equals: result.federation.id } }, depth: 0, overrideAccess: true })
    expect(structures.docs.map((s) => s.name).sort()).toEqual(['CHRS Rhône 1', 'CHRS Rhône 2', 'CHRS Rhône 3'])

    // The invitation arrives; its link lets the coordinator choose a password and sign in.
    expect(result.invitation).toEqual({ email: 'lea.martin@ara.example.org', status: 'queued' })
    const mail = await waitFor('the invitation mail', () => smtp.mails.find((m) => m.to.includes('lea.martin@ara.example.org')), 30_000)
    // The project's own welcome mail (src/email/templates/account.ts), in the coordinator's language.
    const { renderEmail } = await import('../../src/email')
    expect(mail.subject).toBe(renderEmail('user.welcome', 'fr', { recipientName: 'Léa Martin', loginEmail: 'lea.martin@ara.example.org', link: 'http://localhost:3000/admin' }).subject)
    const { simpleParser } = await import('mailparser')
    const text = (await simpleParser(mail.raw)).text ?? ''
    const token = /http:\/\/localhost:3000\/admin\/reset\/([A-Za-z0-9]+)/.exec(text)?.[1]
    expect(token).toBeDefined()
    const reset = await restCall(payload, { method: 'POST', path: '/users/reset-password', body: { token, password: 'le-mot-de-passe-de-lea' } })
    expect(reset.status).toBe(200)
    const lea = { email: 'lea.martin@ara.example.org', password: 'le-mot-de-passe-de-lea' }
    const login = await restCall(payload, { method: 'POST', path: '/users/login', body: lea })
    expect(login.status).toBe(200)

    // Signed in, she sees her federation's structures, not PACA's.
    const seen = await restCall(payload, { method: 'GET', path: '/structures?limit=100&depth=0', login: lea })
    expect(seen.status).toBe(200)
    const sirets = (seen.json.docs as { siret: string }[]).map((s) => s.siret)
    expect(sirets).toHaveLength(3)
    expect(sirets).not.toContain(pacaStructureSiret)
  })

  it('changes nothing when the structures file has a bad line, naming every bad line', async () => {
    const before = await counts()
    const { status, json } = await onboard(fields({ name: 'FAS Bretagne', coordinatorEmail: 'yann@bzh.example.org', region: 'bretagne' }), csv([csvLine(10), csvLine(11, { type: 'piscine' }), csvLine(12, { siret: '123' })]))
    expect(status).toBe(400)
    expect(json.code).toBe('rows_refused')
    expect(json.message).toContain('2 ligne(s) du fichier de structures refusée(s), rien n’a été créé')
    expect(json.message).toContain('2 line(s) of the structures file refused, nothing was created')
    expect((json.rows as { line: number }[]).map((r) => r.line)).toEqual([3, 4])
    expect(await counts()).toEqual(before)
  })

  it('changes nothing when the file is refused whole', async () => {
    const before = await counts()
    const { status, json } = await onboard(fields({ name: 'FAS Bretagne', coordinatorEmail: 'yann@bzh.example.org', region: 'bretagne' }), 'siret;nom\n')
    expect(status).toBe(400)
    expect(json.code).toBe('file_refused')
    expect(json.message).toMatch(/^Fichier de structures refusé, rien n’a été créé \/ structures file refused, nothing was created — /)
    expect(await counts()).toEqual(before)
  })

  it('changes nothing when the coordinator’s address already has an account', async () => {
    const before = await counts()
    const { status, json } = await onboard(fields({ name: 'FAS Bretagne', coordinatorEmail: COORDINATOR.email, region: 'bretagne' }), csv([csvLine(20)]))
    expect(status).toBe(409)
    expect(json.code).toBe('email_taken')
    expect(json.message).toContain(`Un compte existe déjà pour ${COORDINATOR.email}`)
    expect(json.message).toContain(`an account already exists for ${COORDINATOR.email}`)
    expect(await counts()).toEqual(before)
  })

  it('rolls everything back when a structure turns out to belong to another federation while writing', async () => {
    const before = await counts()
    // The file check passes (a valid line); the writer finds the SIRET in PACA after the federation, the
    // coordinator and the campaign were written in the same transaction.
    const { status, json } = await onboard(fields({ name: 'FAS Bretagne', coordinatorEmail: 'yann@bzh.example.org', region: 'bretagne' }), csv([csvLine(30), csvLine(31, { siret: pacaStructureSiret })]))
    expect(status).toBe(400)
    expect(json.code).toBe('rows_refused')
    expect(json.message).toContain('appartient à une autre fédération')
    expect(await counts()).toEqual(before)
    expect((await payload.count({ collection: 'users', where: { email: { equals: 'yann@bzh.example.org' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('refuses a federation name already taken, and an unknown template', async () => {
    const taken = await onboard(fields({ coordinatorEmail: 'autre@ara.example.org' }))
    expect(taken.status).toBe(409)
    expect(taken.json.message).toBe('Une fédération s’appelle déjà « FAS Auvergne-Rhône-Alpes » / a federation is already called "FAS Auvergne-Rhône-Alpes"')
    const unknown = await onboard(fields({ name: 'FAS Normandie', coordinatorEmail: 'autre@nor.example.org', template: 'pas-de-modele', region: 'normandie' }))
    expect(unknown.status).toBe(404)
    expect(unknown.json.code).toBe('template_not_found')
  })
})
