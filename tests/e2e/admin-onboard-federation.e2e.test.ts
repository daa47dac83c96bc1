/**
 * Journey — an administrator onboards a new federation (issue 20): from the federations list to the onboarding
 * screen, a first try refused (the coordinator's address has an account: nothing created, the reason shown), then
 * the federation, its coordinator, its campaign from the template and its structures created, with links. The
 * coordinator's invitation mail arrives; its link lets her choose a password in the admin and sign in.
 */
import { randomInt } from 'node:crypto'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { makeSiret } from '../../src/validation/siret'
import { appState, closeLocalApi, localApi, waitForMail } from './harness/app'
import { expectNoSeriousA11y, journey, loginAs, newPage, openBrowser, type Browser } from './harness/browser'

let browser: Browser
const run = randomInt(10_000_000, 99_999_000)
const federationName = `FAS Bretagne ${run}`
const coordinatorEmail = `coord-${run}@bretagne.example.org`
const templateTitle = `Modèle national ${run}`
const sirets = [1, 2, 3].map((i) => makeSiret(String(run + i), '0002'))
const csv = ['siret;nom;type;departement;commune;code_postal', ...sirets.map((s, i) => `${s};CHRS Breizh ${run}-${i + 1};CHRS;35;Rennes;35000`)].join('\n')

beforeAll(async () => {
  browser = await openBrowser()
  // The programme's national template, placed in the first federation (every campaign belongs to one today).
  const payload = await localApi()
  const [first] = (await payload.find({ collection: 'federations', sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true })).docs
  await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    data: { title: templateTitle, slug: `modele-national-${run}`, phase: 'national', startDate: new Date().toISOString(), summary: 'Le programme national.', federation: String(first.id) },
  })
})

afterAll(async () => {
  await browser?.close()
  // The journeys share one app: with a second federation left behind, every later journey whose fixtures let a
  // document take the platform's only federation would be refused « choose the federation ». What this journey
  // made goes: the federation's imports, structures, campaigns and coordinator, the federation, the template.
  const payload = await localApi()
  const [made] = (await payload.find({ collection: 'federations', where: { name: { equals: federationName } }, limit: 1, depth: 0, overrideAccess: true })).docs
  if (made) {
    const inIt = { federation: { equals: made.id } }
    // Its imports (the onboarding's and the admin's) name it too.
    await payload.delete({ collection: 'structure-imports', where: inIt, overrideAccess: true })
    await payload.delete({ collection: 'structures', where: inIt, overrideAccess: true })
    await payload.delete({ collection: 'campaigns', where: inIt, overrideAccess: true })
    await payload.delete({ collection: 'users', where: { email: { equals: coordinatorEmail } }, overrideAccess: true })
    await payload.delete({ collection: 'federations', id: made.id, overrideAccess: true })
  }
  await payload.delete({ collection: 'campaigns', where: { slug: { equals: `modele-national-${run}` } }, overrideAccess: true })
  expect((await payload.count({ collection: 'federations', overrideAccess: true })).totalDocs).toBe(1)
  await closeLocalApi()
})

describe('admin: onboard a federation', () => {
  it(
    'fills the onboarding screen, sees a refusal change nothing, then the federation created with links; the invitation works',
    journey('admin-onboard-federation', async () => {
      const payload = await localApi()
      const page = await newPage(browser)
      await loginAs(page, 'admin@essaim.local', 'essaim-admin')

      // From the federations list to the screen.
      await page.goto('/admin/collections/federations')
      await page.getByRole('link', { name: /Accueillir une fédération/ }).click()
      await page.waitForURL(/\/admin\/federations\/onboard$/)
      await page.getByRole('heading', { name: 'Accueillir une fédération' }).waitFor()
      await expectNoSeriousA11y(page, 'admin: onboard a federation', { include: ['.ess-onboard'] })

      const form = page.locator('.ess-onboard form')
      await form.getByLabel('Nom', { exact: true }).first().fill(federationName)
      await form.getByLabel('Territoire').fill('Bretagne')
      await form.getByLabel('Phase du déploiement').selectOption('pilot')
      await form.getByLabel('Réseau de médiation (sigle)').fill('Hub')
      await form.getByLabel('Réseau de médiation (nom complet)').fill('Hub numérique breton')
      await page.locator('#onboard-coordinatorName').fill('Maëlle Le Gall')
      // An address that already has an account: refused, nothing created.
      await page.locator('#onboard-coordinatorEmail').fill('admin@essaim.local')
      await form.getByLabel('Modèle à copier').selectOption({ label: `${templateTitle} (national)` })
      await form.getByLabel('Région de la campagne').selectOption('bretagne')
      await form.getByLabel('Fichier CSV ou XLSX (facultatif)').setInputFiles({ name: `structures-bretagne-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
      await form.getByRole('button', { name: 'Créer la fédération' }).click()
      const alert = page.locator('.ess-onboard__error[role="alert"]')
      await alert.getByText(/Un compte existe déjà pour admin@essaim\.local/).waitFor()
      expect(await alert.innerText()).toContain('an account already exists for admin@essaim.local')
      expect((await payload.count({ collection: 'federations', where: { name: { equals: federationName } }, overrideAccess: true })).totalDocs).toBe(0)
      await expectNoSeriousA11y(page, 'admin: onboarding refused', { include: ['.ess-onboard'] })
      await page.screenshot({ path: path.join(appState().artifactsDir, 'admin-onboard-federation-refused.png'), fullPage: true })

      // Corrected: everything is created, and shown with links.
      await page.locator('#onboard-coordinatorEmail').fill(coordinatorEmail)
      await form.getByRole('button', { name: 'Créer la fédération' }).click()
      const done = page.locator('.ess-onboard__done[role="status"]')
      await done.getByRole('heading', { name: 'Fédération créée' }).waitFor()
      await page.screenshot({ path: path.join(appState().artifactsDir, 'admin-onboard-federation.png'), fullPage: true })
      await expectNoSeriousA11y(page, 'admin: federation onboarded', { include: ['.ess-onboard'] })
      expect(await done.getByRole('link', { name: federationName }).getAttribute('href')).toMatch(/\/admin\/collections\/federations\/[\w-]+$/)
      await done.getByRole('link', { name: 'Maëlle Le Gall' }).waitFor()
      await done.getByText(`(copiée de « ${templateTitle} »)`).waitFor()
      await done.getByRole('link', { name: '3', exact: true }).waitFor()

      const [federation] = (await payload.find({ collection: 'federations', where: { name: { equals: federationName } }, depth: 0, overrideAccess: true })).docs
      expect(federation).toMatchObject({ phase: 'pilot', networkName: 'Hub', territory: 'Bretagne' })
      const inFederation = { federation: { equals: String(federation.id) } }
      expect((await payload.count({ collection: 'structures', where: { and: [inFederation, { siret: { in: sirets } }] }, overrideAccess: true })).totalDocs).toBe(3)
      expect((await payload.count({ collection: 'campaigns', where: { and: [inFederation, { region: { equals: 'bretagne' } }] }, overrideAccess: true })).totalDocs).toBe(1)

      // The structures link opens the list narrowed to the new federation.
      await done.getByRole('link', { name: '3', exact: true }).click()
      await page.waitForURL(/\/admin\/collections\/structures\?/)
      await page.getByText(`CHRS Breizh ${run}-1`).waitFor()

      // Two federations now: the admin's structure import asks which one before it sends the file.
      await page.goto('/admin/collections/structure-imports')
      const uploader = page.locator('.essaim-import-uploader')
      const chooser = uploader.getByLabel('Fédération des nouvelles structures')
      await chooser.waitFor()
      const importButton = uploader.getByRole('button', { name: 'Importer', exact: true })
      const fourth = makeSiret(String(run + 4), '0002')
      await uploader.getByLabel('Fichier à importer').setInputFiles({ name: `breizh-${run}-4.csv`, mimeType: 'text/csv', buffer: Buffer.from(`siret;nom;type;departement;commune\n${fourth};CHRS Breizh ${run}-4;chrs;29;Brest`, 'utf8') })
      await expect(importButton.isDisabled()).resolves.toBe(true)
      await chooser.selectOption({ label: federationName })
      await importButton.click()
      await page.waitForURL(/\/admin\/collections\/structure-imports\/[\w-]+$/)
      const imported = async () => (await payload.count({ collection: 'structures', where: { and: [inFederation, { siret: { equals: fourth } }] }, overrideAccess: true })).totalDocs
      for (let i = 0; i < 100 && (await imported()) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 200))
      expect(await imported()).toBe(1)

      // The invitation: its link sets the coordinator's password in the admin, and she is signed in.
      const mail = await waitForMail({ to: coordinatorEmail, subject: /Bienvenue sur essaim/ }, 60_000)
      const link = /https?:\/\/[^\s]+\/admin\/reset\/[A-Za-z0-9]+/.exec(mail.text ?? '')?.[0]
      expect(link).toBeDefined()
      const invited = await newPage(browser)
      await invited.goto(new URL(link!).pathname)
      // Filled until both fields keep the value: a fill that lands before the form is hydrated is wiped by it (a
      // loaded clean-clone run submitted an empty password, « Ce champ est requis »).
      const password = invited.locator('#field-password')
      const confirm = invited.locator('#field-confirm-password')
      for (let attempt = 1; ; attempt++) {
        await password.fill('breizh-mot-de-passe-2027')
        await confirm.fill('breizh-mot-de-passe-2027')
        await new Promise((resolve) => setTimeout(resolve, 300))
        if ((await password.inputValue()) === 'breizh-mot-de-passe-2027' && (await confirm.inputValue()) === 'breizh-mot-de-passe-2027') break
        if (attempt >= 10) throw new Error('the set-password form never kept what was typed')
      }
      await invited.locator('form button[type="submit"]').click()
      await invited.waitForURL((url) => !url.pathname.includes('/reset'), { timeout: 45_000 })
      const me = await invited.evaluate(async () => (await fetch('/api/users/me', { credentials: 'include' })).json())
      expect(me).toMatchObject({ user: { email: coordinatorEmail, role: 'coordinator', federations: [expect.objectContaining({ id: String(federation.id) })] } })
    }),
    240_000,
  )
})
