/**
 * Journey 6 — the federation's admin rolls a region out (issue 15): imports the region's structures from a CSV in
 * the admin and watches the progress, then launches the campaign kit, pauses it, resumes it. Checked in the page,
 * in the database (structures, import record, campaign state) and in the catcher (one kit per structure).
 */
import { randomInt } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { makeSiret } from '../../src/validation/siret'
import { closeLocalApi, localApi, readMails } from './harness/app'
import { expectNoSeriousA11y, journey, loginAs, newPage, openBrowser, type Browser } from './harness/browser'
import { recordWholeAdminPage } from './fixtures/payload-ui-a11y'

/** Enough structures that the kit is still on its way when the admin pauses it (mails leave within seconds). */
const ROWS = 150
let browser: Browser
let campaignId: string
const run = randomInt(10_000_000, 99_999_999 - ROWS)
const rows = Array.from({ length: ROWS }, (_, i) => ({
  siret: makeSiret(String(run + i), '0001'),
  name: `CHRS Import ${run}-${i + 1}`,
  email: `structure-${run}-${i + 1}@import.example`,
}))
const csv = [
  'siret;nom;type;departement;commune;code_postal;email',
  ...rows.map((r) => `${r.siret};${r.name};CHRS;34;Montpellier;34000;${r.email}`),
].join('\n')

beforeAll(async () => {
  browser = await openBrowser()
  // The Occitanie roll-out, planned with its kit link: only the structures this journey imports are in its region.
  const payload = await localApi()
  const campaign = await payload.create({
    collection: 'campaigns',
    overrideAccess: true,
    data: {
      title: `Déploiement régional Occitanie ${run}`,
      slug: `deploiement-occitanie-${run}`,
      phase: 'regional',
      region: 'occitanie',
      startDate: new Date().toISOString(),
      kit: { link: 'https://essaim.example/kit-occitanie' },
    },
  })
  campaignId = String(campaign.id)
})

afterAll(async () => {
  await browser?.close()
  await closeLocalApi()
})

const kitState = async () => {
  const payload = await localApi()
  const doc = await payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, overrideAccess: true })
  return doc.kitMailing?.status
}

describe('admin: import and campaign kit', () => {
  it(
    'imports structures from a CSV with the progress shown, then launches, pauses and resumes the kit',
    journey('admin-import-campaign', async () => {
      const payload = await localApi()
      const page = await newPage(browser)
      await loginAs(page, 'admin@essaim.local', 'essaim-admin')

      // The import screen: pick the file, send it, land on the import's page with its progress.
      await page.goto('/admin/collections/structure-imports')
      await page.locator('.essaim-import-uploader').waitFor()
      await expectNoSeriousA11y(page, 'admin: import uploader', { include: ['.essaim-import-uploader'] })
      await recordWholeAdminPage(page, 'admin: structure imports list', ['.essaim-import-uploader'])
      await page.getByLabel('Fichier à importer').setInputFiles({ name: `structures-occitanie-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
      await page.getByRole('button', { name: 'Importer', exact: true }).click()
      await page.waitForURL(/\/admin\/collections\/structure-imports\/[\w-]{8,}$/)
      const progress = page.getByRole('progressbar', { name: 'Avancement de l’import' })
      await progress.waitFor()
      await page.locator('.essaim-import-progress').getByText(`${ROWS} / ${ROWS}`).waitFor({ timeout: 60_000 })
      expect(await progress.getAttribute('aria-valuenow')).toBe('100')
      await expect(page.locator('.essaim-import-progress').innerText()).resolves.toMatch(new RegExp(`${ROWS} créées`))
      await expectNoSeriousA11y(page, 'admin: import progress', { include: ['.essaim-import-progress'] })
      await recordWholeAdminPage(page, 'admin: structure import page', ['.essaim-import-progress'])

      const importId = new URL(page.url()).pathname.split('/').pop()!
      const record = await payload.findByID({ collection: 'structure-imports', id: importId, depth: 0, overrideAccess: true })
      expect({ status: record.status, created: record.created, rejected: record.rejected }).toEqual({ status: 'done', created: ROWS, rejected: 0 })
      const { totalDocs } = await payload.count({ collection: 'structures', where: { siret: { in: rows.map((r) => r.siret) }, region: { equals: 'occitanie' } }, overrideAccess: true })
      expect(totalDocs).toBe(ROWS)

      // The campaign's kit: launch (confirmed), pause while it is on its way, resume, until every structure has it.
      await page.goto(`/admin/collections/campaigns/${campaignId}`)
      const panel = page.locator('.essaim-campaign-panel')
      await panel.getByText('Envoi du kit · non lancé').waitFor()
      await expectNoSeriousA11y(page, 'admin: campaign kit controls', { include: ['.essaim-campaign-panel'] })
      await recordWholeAdminPage(page, 'admin: campaign page', ['.essaim-campaign-panel'])
      page.once('dialog', (dialog) => void dialog.accept())
      await panel.getByRole('button', { name: 'Envoyer le kit' }).click()
      await panel.getByRole('button', { name: 'Pause' }).click()
      await panel.getByText('Envoi du kit · en pause').waitFor()
      expect(await kitState()).toBe('paused')
      const kitsAtPause = (await readMails({ subject: new RegExp(`Occitanie ${run}`) })).length
      expect(kitsAtPause).toBeLessThan(ROWS)
      await expectNoSeriousA11y(page, 'admin: campaign kit paused', { include: ['.essaim-campaign-panel'] })

      await panel.getByRole('button', { name: 'Reprendre' }).click()
      expect(['running', 'paused']).toContain(await kitState())
      await panel.getByText('Envoi du kit · terminé').waitFor({ timeout: 90_000 })
      expect(await kitState()).toBe('running')
      const kits = await readMails({ subject: new RegExp(`Occitanie ${run}`) })
      const reached = new Set(kits.flatMap((m) => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address))))
      expect(reached).toEqual(new Set(rows.map((r) => r.email)))
      expect(kits).toHaveLength(ROWS)
      const presented = await payload.count({ collection: 'structures', where: { siret: { in: rows.map((r) => r.siret) }, contactStatus: { equals: 'presented' } }, overrideAccess: true })
      expect(presented.totalDocs).toBe(ROWS)
    }),
    240_000,
  )
})
