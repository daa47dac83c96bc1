import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CollectionSlug, Payload } from 'payload'
import { bootPayload } from '../helpers/boot'
import { useTestEnv, type TestEnv } from '../helpers/test-env'

const root = path.resolve(import.meta.dirname, '../..')
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/federation-create.ts', ...args], { cwd: root, env: process.env, encoding: 'utf8', timeout: 120_000 })

const count = async (payload: Payload, collection: CollectionSlug) => (await payload.count({ collection, overrideAccess: true })).totalDocs

/** `npm run federation:create`: a federation onboarded from the command line (src/federations/onboard.ts). */
describe('npm run federation:create', () => {
  let env: TestEnv
  let payload: Payload
  let structuresFile: string
  beforeAll(async () => {
    env = await useTestEnv()
    // Boot once here so the schema exists before the script opens the same file.
    payload = await bootPayload()
    await payload.create({ collection: 'campaigns', overrideAccess: true, data: { title: 'Essaimage national', slug: 'essaimage-national', phase: 'national', startDate: '2026-09-01' } })
    const { makeSiret } = await import('../../src/validation/siret')
    structuresFile = path.join(env.dir, 'structures-occitanie.csv')
    writeFileSync(
      structuresFile,
      ['siret;nom;type;departement;commune', `${makeSiret('42000001', '0011')};CHRS Toulouse;CHRS;31;Toulouse`, `${makeSiret('42000002', '0011')};CADA Montpellier;CADA;34;Montpellier`].join('\n'),
    )
  })
  afterAll(async () => {
    await payload.destroy()
  })

  it('refuses bad arguments naming each option, in French and English, with the usage, and stores nothing', async () => {
    const missing = run('--coordinator-email', 'pas-une-adresse', '--template', 'essaimage-national')
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('--name : obligatoire / required')
    expect(missing.stderr).toContain('--coordinator-email : adresse e-mail attendue / an e-mail address is expected')
    expect(missing.stderr).toContain('Usage : npm run federation:create')
    const noRegion = run('--name', 'FAS Occitanie', '--coordinator-name', 'Paul Roux', '--coordinator-email', 'paul@occitanie.example.org', '--template', 'essaimage-national')
    expect(noRegion.status).toBe(1)
    expect(noRegion.stderr).toContain('--region : obligatoire avec un modèle de campagne / required with a campaign template')
    const unknown = run('--nom', 'FAS Occitanie')
    expect(unknown.status).toBe(1)
    expect(unknown.stderr).toContain('Arguments invalides / invalid arguments')
    expect(await count(payload, 'users')).toBe(0)
  })

  it('creates the federation, its coordinator, its campaign and its structures, then refuses the same name again', async () => {
    const federationsBefore = await count(payload, 'federations')
    const args = ['--name', 'FAS Occitanie', '--territory', 'Occitanie', '--phase', 'experimentation', '--network-name', 'Hub']
    const coordinator = ['--coordinator-name', 'Paul Roux', '--coordinator-email', 'paul@occitanie.example.org']
    const first = run(...args, ...coordinator, '--template', 'essaimage-national', '--region', 'occitanie', '--structures', structuresFile)
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('Fédération créée / federation created: FAS Occitanie (fas-occitanie)')
    expect(first.stdout).toContain('Coordinateur / coordinator: Paul Roux <paul@occitanie.example.org>')
    expect(first.stdout).toContain('copiée de / copied from « Essaimage national »')
    expect(first.stdout).toContain('Structures importées / structures imported: 2')
    expect(first.stdout).toContain('Invitation (paul@occitanie.example.org): en file d’envoi')

    const [federation] = (await payload.find({ collection: 'federations', where: { slug: { equals: 'fas-occitanie' } }, overrideAccess: true })).docs
    const id = String(federation.id)
    const [user] = (await payload.find({ collection: 'users', where: { email: { equals: 'paul@occitanie.example.org' } }, depth: 0, overrideAccess: true })).docs
    expect(user).toMatchObject({ role: 'coordinator', federations: [id] })
    expect((await payload.count({ collection: 'structures', where: { federation: { equals: id } }, overrideAccess: true })).totalDocs).toBe(2)
    expect((await payload.count({ collection: 'campaigns', where: { federation: { equals: id } }, overrideAccess: true })).totalDocs).toBe(1)
    // The invitation waits in the outbox for the worker, written with the account.
    const events = await payload.find({ collection: 'outbox-events', where: { and: [{ type: { equals: 'user.created' } }, { aggregateId: { equals: String(user.id) } }] }, overrideAccess: true })
    expect(events.totalDocs).toBe(1)

    const again = run(...args, '--coordinator-name', 'Autre', '--coordinator-email', 'autre@occitanie.example.org')
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('Une fédération s’appelle déjà « FAS Occitanie » / a federation is already called "FAS Occitanie"')
    expect(await count(payload, 'federations')).toBe(federationsBefore + 1)
  })

  it('npm run import:structures then asks which federation, refuses an unknown one, and imports into the one named', async () => {
    const { makeSiret } = await import('../../src/validation/siret')
    const siret = makeSiret('42000003', '0011')
    const file = path.join(env.dir, 'structures-nimes.csv')
    writeFileSync(file, ['siret;nom;type;departement;commune', `${siret};CHRS Nîmes;CHRS;30;Nîmes`].join('\n'))
    const importing = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-structures.ts', file, ...args], { cwd: root, env: process.env, encoding: 'utf8', timeout: 120_000 })
    const unnamed = importing()
    expect(unnamed.status).toBe(2)
    expect(unnamed.stderr).toContain('Plusieurs fédérations : nommez-la avec --federation')
    const unknown = importing('--federation', 'atlantide')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain('Fédération inconnue « atlantide »')
    expect((await payload.count({ collection: 'structures', where: { siret: { equals: siret } }, overrideAccess: true })).totalDocs).toBe(0)
    const named = importing('--federation', 'fas-occitanie')
    expect(named.status).toBe(0)
    const [made] = (await payload.find({ collection: 'structures', where: { siret: { equals: siret } }, depth: 1, overrideAccess: true })).docs
    expect((made?.federation as { slug?: string } | undefined)?.slug).toBe('fas-occitanie')
  })
})
