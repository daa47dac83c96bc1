/**
 * Journey 1 — a coordinator's morning (issue 15): from the campaign dashboard to a file at risk, the OPCO's
 * approval recorded through the move buttons (amount, validity), then « complément demandé » on another file and a
 * third cancelled with a reason. Each step is checked on the page, in the database and in the mail catcher.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { closeLocalApi, localApi, readMails, waitForMail } from './harness/app'
import { expectNoSeriousA11y, journey, loginAs, newPage, openBrowser, type Browser } from './harness/browser'
import { recordWholeAdminPage } from './fixtures/payload-ui-a11y'
import { fileByStructure, moveThroughDrawer, openMoveDrawer, PAYLOAD_CHROME, timelineRow } from './harness/funding-file-page'

let browser: Browser

beforeAll(async () => {
  browser = await openBrowser()
})
afterAll(async () => {
  await browser?.close()
  await closeLocalApi()
})

/** Lands on the campaign dashboard, directly or through the home's link to it. */
async function reachDashboard(page: Page): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith('/admin/tableau-de-bord')) {
    const link = page.getByRole('link', { name: /tableau de bord/i }).filter({ visible: true })
    // The link is on the home page, or in the side menu once opened.
    if ((await link.count()) === 0) await page.locator('.template-default__nav-toggler').click()
    await link.first().click()
  }
  await page.waitForURL(/\/admin\/tableau-de-bord/)
  await page.getByRole('heading', { name: 'Dossiers à risque' }).waitFor()
}

describe('coordinator', () => {
  it(
    'records an approval from the dashboard’s risk list, asks for complements on a second file and cancels a third',
    journey('coordinator', async () => {
      const payload = await localApi()
      const page = await newPage(browser)
      await loginAs(page, 'coordination@essaim.local', 'essaim-coord')
      await reachDashboard(page)
      await expectNoSeriousA11y(page, 'admin: campaign dashboard', { exclude: PAYLOAD_CHROME })

      // The file the OPCO has not answered for 25 days, opened from the risk list.
      const silent = page.locator('.ess-dash__risk', { has: page.locator('[data-figure="opcoSilent"]') })
      const link = silent.locator('li a').first()
      const reference = (await link.innerText()).trim()
      await link.click()
      await page.waitForURL(/\/admin\/collections\/funding-files\/[^/]+$/)
      const rade = (await payload.find({ collection: 'funding-files', where: { reference: { equals: reference } }, depth: 1, overrideAccess: true })).docs[0]
      expect(rade?.status).toBe('submitted')
      const structureName = (rade.structure as { name: string }).name

      // « Confirmer » with no amount, then a date in the wrong order: said in words on the input, nothing sent.
      const drawer = await openMoveDrawer(page, 'accordé')
      await drawer.getByRole('button', { name: /Confirmer/ }).click()
      const amount = drawer.getByLabel(/Montant accordé/)
      await expect(amount.getAttribute('aria-invalid')).resolves.toBe('true')
      await drawer.getByText('Indiquez : montant accordé (€).').waitFor()
      // essaim's own parts of the edit view are held to zero; the rest of the page is Payload's (recorded only).
      await expectNoSeriousA11y(page, 'admin: funding-file edit view, move buttons and drawer open', { include: ['.move-buttons', '.drawer--is-open'] })
      await recordWholeAdminPage(page, 'admin: funding-file edit view, move drawer open')
      await amount.fill('5 100')
      const validity = drawer.getByLabel(/Accord valable jusqu’au/)
      await validity.fill('2027-12-31')
      await drawer.getByRole('button', { name: /Confirmer/ }).click()
      await drawer.getByText(/Date invalide : écrivez-la jj\/mm\/aaaa/).waitFor()
      await expect(validity.getAttribute('aria-invalid')).resolves.toBe('true')
      expect((await payload.findByID({ collection: 'funding-files', id: rade.id, overrideAccess: true })).status).toBe('submitted')

      await validity.fill('31/12/2027')
      await moveThroughDrawer(page, drawer, 'accordé')
      // The new state in the form, the next moves, and the timeline entry — without reloading.
      await expect(page.getByRole('button', { name: '→ accordé', exact: true }).count()).resolves.toBe(0)
      await timelineRow(page, /accordé/).waitFor()
      const approved = await payload.findByID({ collection: 'funding-files', id: rade.id, overrideAccess: true })
      expect(approved.status).toBe('approved')
      expect(approved.agreedAmount).toBe(5100)
      expect(String(approved.validUntil)).toMatch(/^2027-12-31/)
      const audit = await payload.find({ collection: 'audit-events', where: { file: { equals: rade.id }, to: { equals: 'approved' } }, overrideAccess: true })
      expect(audit.docs).toHaveLength(1)
      expect(audit.docs[0].actorName).toBe('Nadia Benali')
      // The coordinator who recorded it is not told; the other (English-speaking) coordinator is.
      const approvalMail = await waitForMail({ to: 'guest@essaim.local', subject: new RegExp(`Funding agreed.*${structureName}`) })
      expect(approvalMail.text).toMatch(/5[\s,.\u202f]?100/)
      expect(await readMails({ to: 'coordination@essaim.local', subject: /Accord de prise en charge.*La Rade/ })).toHaveLength(0)

      // A second file, filed with the OPCO: the OPCO asks for complements.
      const glycines = await fileByStructure('Les Glycines')
      expect(glycines.status).toBe('submitted')
      await page.goto(`/admin/collections/funding-files/${glycines.id}`)
      const askDrawer = await openMoveDrawer(page, 'complément demandé')
      await askDrawer.getByLabel(/Ce que l’OPCO demande/).fill('Attestation Qualiopi du prestataire et devis signé')
      await moveThroughDrawer(page, askDrawer, 'complément demandé')
      await timelineRow(page, /complément demandé/).waitFor()
      expect((await payload.findByID({ collection: 'funding-files', id: glycines.id, overrideAccess: true })).status).toBe('info_requested')
      // The coordinator who made the move is not told about it; the other (English-speaking) coordinator is.
      await waitForMail({ to: 'guest@essaim.local', subject: new RegExp(`${glycines.reference}.*asks for more information`) })

      // A third file, still in draft, cancelled with its reason.
      const baous = await fileByStructure('Baous')
      await page.goto(`/admin/collections/funding-files/${baous.id}`)
      const cancelDrawer = await openMoveDrawer(page, 'annulé')
      await cancelDrawer.getByLabel(/Motif de l’annulation/).fill('La structure reporte la formation à l’automne.')
      await moveThroughDrawer(page, cancelDrawer, 'annulé')
      await timelineRow(page, /La structure reporte la formation/).waitFor()
      expect((await payload.findByID({ collection: 'funding-files', id: baous.id, overrideAccess: true })).status).toBe('cancelled')
      const cancelled = await payload.find({ collection: 'audit-events', where: { file: { equals: baous.id }, to: { equals: 'cancelled' } }, overrideAccess: true })
      expect(cancelled.docs[0]?.reason).toBe('La structure reporte la formation à l’automne.')

      // Back on the dashboard: the approved file has left the risk list.
      await page.goto('/admin/tableau-de-bord')
      await page.getByRole('heading', { name: 'Dossiers à risque' }).waitFor()
      await expect(page.locator('.ess-dash__risk li a', { hasText: reference }).count()).resolves.toBe(0)
    }),
    240_000,
  )
})
