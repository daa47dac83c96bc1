/**
 * Journey — the organisation's settings and a contact's right to stop the campaigns: the admin changes the
 * signatory's role in Réglages › Organisme de formation, a wrong SIRET is refused on its field and nothing is saved,
 * a coordinator reads the same page without being able to save; a contact unsubscribes from the campaign mail's
 * link, the structure shows it, and a forged link gets the refusal page in French and English; a coordinator exports
 * a participant's personal data from the participant's page (GDPR), and the export is in the register of requests.
 */
import { randomInt } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { makeSiret, INVALID_SIRET } from '../../src/validation/siret'
import { closeLocalApi, localApi, waitForMail } from './harness/app'
import { expectNoSeriousA11y, journey, loginAs, newPage, openBrowser, type Browser, type Page } from './harness/browser'
import { recordWholeAdminPage } from './fixtures/payload-ui-a11y'

const ADMIN = { email: 'admin@essaim.local', password: 'essaim-admin' }
const COORDINATOR = { email: 'coordination@essaim.local', password: 'essaim-coord' }
const SETTINGS = 'organisation-settings'
const run = randomInt(10_000_000, 99_999_999)
/** A structure of its own in a region nobody else's journey mails (the seed is in PACA, the import in Occitanie). */
const CONTACT = `contact-${run}@desabonnement.example`
const CAMPAIGN_TITLE = `Déploiement Bretagne ${run}`

let browser: Browser
let structureId: string
let campaignId: string
let originalRole: string

beforeAll(async () => {
  browser = await openBrowser()
  const payload = await localApi()
  originalRole = String((await payload.findGlobal({ slug: SETTINGS, depth: 0, overrideAccess: true })).signatoryRole)
  const structure = await payload.create({
    collection: 'structures',
    overrideAccess: true,
    data: { name: `CHRS Ker Avel ${run}`, type: 'chrs', siret: makeSiret(String(run), '0001'), commune: 'Brest', postalCode: '29200', departement: '29', contactEmail: CONTACT, contactStatus: 'to-approach' },
  })
  structureId = String(structure.id)
  const campaign = await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    data: { title: CAMPAIGN_TITLE, slug: `deploiement-bretagne-${run}`, phase: 'regional', region: 'bretagne', startDate: new Date().toISOString(), kit: { link: 'https://essaim.example/kit-bretagne' } },
  })
  campaignId = String(campaign.id)
})

afterAll(async () => {
  await browser?.close()
  // Later journeys print the signatory on documents: leave the seed's value as it was.
  if (originalRole) await (await localApi()).updateGlobal({ slug: SETTINGS, data: { signatoryRole: originalRole }, depth: 0, overrideAccess: true })
  await closeLocalApi()
})

/** Payload's toasts (sonner): the newest one of a type. */
const toast = (page: Page, type: 'error' | 'success') => page.locator(`[data-sonner-toast][data-type="${type}"]`).last()

const storedSettings = async () => (await localApi()).findGlobal({ slug: SETTINGS, depth: 0, overrideAccess: true })

/** Waits until the admin's form shows `value` in the input (the form is drawn, then filled in once hydrated). */
const waitForValue = (page: Page, selector: string, value: string) =>
  page.waitForFunction(([sel, v]) => (document.querySelector(sel) as HTMLInputElement | null)?.value === v, [selector, value] as const)

/** Opens Réglages › Organisme de formation from the admin's side menu, as a person does. */
async function openSettingsFromMenu(page: Page): Promise<void> {
  // The menu is closed on landing; its toggler works once the menu is hydrated (a click before that is lost).
  await page.locator('aside.nav.nav--nav-hydrated').waitFor({ state: 'attached' })
  if ((await page.locator('aside.nav[inert]').count()) > 0) await page.locator('.template-default__nav-toggler').click()
  await page.locator('aside.nav:not([inert])').waitFor({ state: 'attached' })
  await page.locator('.nav').getByText('Réglages').waitFor()
  await page.locator('.nav').getByRole('link', { name: 'Organisme de formation' }).click()
  await page.waitForURL(/\/admin\/globals\/organisation-settings$/)
  await page.getByRole('heading', { level: 1, name: 'Organisme de formation' }).waitFor()
}

describe('settings and rights', () => {
  it(
    'an admin changes the signatory’s role, a wrong SIRET is refused on its field, a coordinator only reads',
    journey('settings-organisation', async () => {
      const before = await storedSettings()
      const page = await newPage(browser)
      await loginAs(page, ADMIN.email, ADMIN.password)
      await openSettingsFromMenu(page)
      await page.getByText(/^Les mentions légales imprimées sur les certificats, attestations et dossiers de financement/).waitFor()
      await page.getByText('Signataire des certificats').waitFor()
      await recordWholeAdminPage(page, 'admin: organisation settings (Payload)')

      // The new signatory's role, saved: said on the page and stored.
      const role = page.locator('#field-signatoryRole')
      await expect(role.inputValue()).resolves.toBe(before.signatoryRole)
      await role.fill('Directrice générale')
      await page.locator('#action-save').click()
      await toast(page, 'success').waitFor()
      expect((await storedSettings()).signatoryRole).toBe('Directrice générale')
      // Opened again, the page shows the saved role (and no change of this page is left pending).
      await page.reload()
      await page.locator('aside.nav.nav--nav-hydrated').waitFor({ state: 'attached' })
      await waitForValue(page, '#field-signatoryRole', 'Directrice générale')

      // A SIRET with one digit wrong (its Luhn key no longer holds), with the signatory's name changed too: refused
      // in French and English naming the field, and neither change is stored.
      const siret = String(before.siret)
      const wrongDigit = (d: number) => siret.slice(0, -1) + String((Number(siret.slice(-1)) + d) % 10)
      const siretInput = page.locator('#field-siret')
      await siretInput.fill(wrongDigit(1))
      await page.locator('#field-signatoryName').fill('Quelqu’un d’autre')
      await page.locator('#action-save').click()
      await toast(page, 'error').filter({ hasText: /Champ invalide/ }).filter({ hasText: /Invalid field: SIRET/ }).waitFor()
      const after = await storedSettings()
      expect({ siret: after.siret, signatoryName: after.signatoryName }).toEqual({ siret: before.siret, signatoryName: before.signatoryName })
      // Why, on the field itself, in both languages, as soon as the save is refused.
      const siretField = page.locator('.field-type.text', { has: siretInput })
      await siretField.getByText(INVALID_SIRET).waitFor()
      await expect(siretField.getAttribute('class')).resolves.toMatch(/\berror\b/)
      // The field's input and its error held to zero; Payload's grey description under it is a known contrast
      // finding of Payload's UI (docs/accessibility.md), left out here.
      await expectNoSeriousA11y(page, 'admin: organisation settings, SIRET field refused', {
        include: ['.field-type.text:has(#field-siret)'],
        exclude: ['.field-description-siret'],
      })
      // Another wrong SIRET, saved again: refused again, nothing stored.
      await siretInput.fill(wrongDigit(2))
      await page.locator('#action-save').click()
      await toast(page, 'error').waitFor()
      expect((await storedSettings()).siret).toBe(before.siret)

      // A coordinator reads the same page: the values, no way to change or save them; the API refuses too.
      const reader = await newPage(browser)
      await loginAs(reader, COORDINATOR.email, COORDINATOR.password)
      await openSettingsFromMenu(reader)
      const readerRole = reader.locator('#field-signatoryRole')
      await expect(readerRole.inputValue()).resolves.toBe('Directrice générale')
      await expect(readerRole.isEditable()).resolves.toBe(false)
      await expect(reader.locator('#field-siret').isEditable()).resolves.toBe(false)
      await expect(reader.locator('#action-save').count()).resolves.toBe(0)
      await recordWholeAdminPage(reader, 'admin: organisation settings, read-only (Payload)')
      const refused = await reader.request.post('/api/globals/organisation-settings', { data: { signatoryRole: 'Stagiaire' } })
      expect(refused.status()).toBe(403)
      expect((await storedSettings()).signatoryRole).toBe('Directrice générale')
    }),
    180_000,
  )

  it(
    'a contact unsubscribes from the campaign mail’s link, the structure shows it; a forged link is refused',
    journey('settings-unsubscribe', async () => {
      const payload = await localApi()
      // The admin sends the campaign's kit: the contact's mail carries their personal unsubscribe link.
      const admin = await newPage(browser)
      await loginAs(admin, ADMIN.email, ADMIN.password)
      await admin.goto(`/admin/collections/campaigns/${campaignId}`)
      const panel = admin.locator('.essaim-campaign-panel')
      await panel.getByText('Envoi du kit · non lancé').waitFor()
      admin.once('dialog', (dialog) => void dialog.accept())
      await panel.getByRole('button', { name: 'Envoyer le kit' }).click()
      const kit = await waitForMail({ to: CONTACT, subject: new RegExp(CAMPAIGN_TITLE) }, 60_000)
      const link = /Désabonnez-vous ici\s*:\s*(\S+)/.exec(kit.text ?? '')?.[1]
      if (!link) throw new Error(`Pas de lien de désabonnement / no unsubscribe link in the kit's text:\n${kit.text}`)
      expect(link).toMatch(/\/api\/structures\/unsubscribe\/[\w-]+\.[\w-]+$/)
      // The same address as the one-click header a mail client offers.
      expect(kit.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toBe(`List-Unsubscribe: <${link}>`)

      // The contact opens it (no account): the page asks to confirm, in French then in English.
      const contact = await newPage(browser)
      await contact.goto(link)
      await contact.getByRole('heading', { level: 1, name: 'Ne plus recevoir nos campagnes' }).waitFor()
      await contact.getByText(`Confirmez que l’adresse ${CONTACT} ne doit plus recevoir les messages de nos campagnes.`).waitFor()
      await contact.getByRole('heading', { level: 2, name: 'Stop receiving our campaigns' }).waitFor()
      await expectNoSeriousA11y(contact, 'personal page: campaign unsubscribe')
      // Opening the page records nothing (link scanners open links too).
      expect((await payload.findByID({ collection: 'structures', id: structureId, depth: 0, overrideAccess: true })).campaignOptOutAt ?? null).toBeNull()

      await contact.getByRole('button', { name: 'Me désabonner / Unsubscribe' }).click()
      await contact.getByRole('heading', { level: 1, name: 'Vous êtes désabonné' }).waitFor()
      await contact.getByText(`l’adresse ${CONTACT} ne recevra plus les messages de nos campagnes`).waitFor()
      await contact.getByRole('heading', { level: 2, name: 'You are unsubscribed' }).waitFor()
      await expectNoSeriousA11y(contact, 'personal page: campaign unsubscribed')
      const stored = await payload.findByID({ collection: 'structures', id: structureId, depth: 0, overrideAccess: true })
      expect(stored.campaignOptOutEmail).toBe(CONTACT)
      expect(Date.now() - Date.parse(stored.campaignOptOutAt ?? '')).toBeLessThan(5 * 60_000)

      // The same link again: already done, said as such.
      await contact.goto(link)
      await contact.getByRole('heading', { level: 1, name: 'Vous êtes désabonné' }).waitFor()

      // The structure's page in the admin shows who unsubscribed.
      await admin.goto(`/admin/collections/structures/${structureId}`)
      await admin.getByText('Désabonné des campagnes le').waitFor()
      await expect(admin.locator('#field-campaignOptOutEmail').inputValue()).resolves.toBe(CONTACT)

      // A forged link (one character of the signature changed): the refusal page, in both languages, nothing stored.
      const last = link.slice(-1)
      const forged = await contact.goto(link.slice(0, -1) + (last === 'A' ? 'B' : 'A'))
      expect(forged?.status()).toBe(400)
      await contact.getByRole('heading', { level: 1, name: 'Lien de désabonnement invalide' }).waitFor()
      await contact.getByRole('heading', { level: 2, name: 'Invalid unsubscribe link' }).waitFor()
      await expect(contact.getByRole('button').count()).resolves.toBe(0)
      await expectNoSeriousA11y(contact, 'personal page: forged unsubscribe link')
    }),
    180_000,
  )

  it(
    'a coordinator exports a participant’s personal data from the participant’s page; the request is registered',
    journey('settings-gdpr-export', async () => {
      const payload = await localApi()
      const [person] = (await payload.find({ collection: 'participants', limit: 1, sort: 'createdAt', depth: 0, overrideAccess: true })).docs
      const page = await newPage(browser)
      await loginAs(page, COORDINATOR.email, COORDINATOR.password)
      await page.goto(`/admin/collections/participants/${person.id}`)
      const panel = page.locator('.personal-data-panel')
      await panel.getByRole('heading', { name: 'Données personnelles (RGPD)' }).waitFor()
      await expectNoSeriousA11y(page, 'admin: participant page, personal data panel', { include: ['.personal-data-panel'] })
      const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: 'Exporter (JSON)' }).click()])
      expect(download.suggestedFilename()).toBe(`donnees-personnelles-participant-${person.id}.json`)
      const exported = await readFile(String(await download.path()), 'utf8')
      expect(exported).toContain(person.name)
      const { docs } = await payload.find({ collection: 'personal-data-requests', where: { subjectId: { equals: String(person.id) }, kind: { equals: 'export' } }, depth: 0, overrideAccess: true })
      expect(docs.map((d) => [d.subjectType, d.requestedByName])).toEqual([['participant', 'Nadia Benali']])
    }),
    120_000,
  )
})
