/**
 * Journey — the national view (issue 20): an admin opens « Vue nationale » from the navigation and reads each
 * federation's column (the demo's, and a second one this journey creates in its pilot phase), with its phase, its
 * structures trained against its target and its files, then follows a column's link into that federation's list,
 * which shows that federation's documents only; a coordinator is refused; the national coordination lands on it.
 */
import { randomInt } from 'node:crypto'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { FIRST_FEDERATION } from '../../collections/federations/phases'
import { PROGRAMME } from '../../src/seed/content/programme'
import { makeSiret } from '../../src/validation/siret'
import { appState, closeLocalApi, localApi } from './harness/app'
import { expectNoSeriousA11y, journey, loginAs, newPage, openBrowser, type Browser, type Page } from './harness/browser'

const ADMIN = { email: 'admin@essaim.local', password: 'essaim-admin' }
const COORDINATOR = { email: 'coordination@essaim.local', password: 'essaim-coord' }
const NATIONAL = { email: 'national@essaim.local', password: 'essaim-national' }
const run = randomInt(10_000_000, 99_999_999)
const SECOND = `Fédération e2e Bretagne ${run}`
const STRUCTURE = `CHRS Ker Avel ${run}`

let browser: Browser
let secondId = ''
let structureId = ''
let firstId = ''

beforeAll(async () => {
  browser = await openBrowser()
  const payload = await localApi()
  const first = (await payload.find({ collection: 'federations', where: { name: { equals: FIRST_FEDERATION.name } }, depth: 0, overrideAccess: true })).docs[0]
  firstId = String(first.id)
  // The demo holds one federation: a second, in its pilot phase, with one structure trained out of a target of 4.
  secondId = String(
    (await payload.create({ collection: 'federations', overrideAccess: true, data: { name: SECOND, territory: 'Bretagne', phase: 'pilot', networkName: 'PIMMS', structuresTarget: 4 } })).id,
  )
  structureId = String(
    (
      await payload.create({
        collection: 'structures',
        overrideAccess: true,
        data: { federation: secondId, name: STRUCTURE, type: 'chrs', siret: makeSiret(String(run), '0001'), commune: 'Brest', postalCode: '29200', departement: '29', contactStatus: 'trained' },
      })
    ).id,
  )
})

afterAll(async () => {
  await browser?.close()
  // The later journeys create documents without naming a federation: with two, the system would refuse them.
  const payload = await localApi()
  if (structureId) await payload.delete({ collection: 'structures', id: structureId, overrideAccess: true })
  if (secondId) await payload.delete({ collection: 'federations', id: secondId, overrideAccess: true })
  await closeLocalApi()
})

/** The cell of a figure's row (data-row) in a federation's column, found by the column's position in the header. */
async function cell(page: Page, federationId: string, row: string) {
  const heads = await page.locator('.ess-nat__table thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-federation')))
  const index = heads.indexOf(federationId)
  expect(index).toBeGreaterThan(0)
  return page.locator(`.ess-nat__table tr[data-row="${row}"] > :nth-child(${index + 1})`)
}

describe('national view', () => {
  it(
    'an admin compares the federations side by side and opens one federation’s lists; a coordinator is refused',
    journey('national-dashboard', async () => {
      const payload = await localApi()
      const page = await newPage(browser, { viewport: { width: 1440, height: 1000 } })
      await loginAs(page, ADMIN.email, ADMIN.password)

      // From the navigation, opened first when it is closed (Payload marks the closed menu inert, links still drawn).
      if ((await page.locator('aside.nav[inert]').count()) > 0) await page.locator('.template-default__nav-toggler').click()
      await page.locator('aside.nav:not([inert])').waitFor()
      await page.getByRole('link', { name: 'Vue nationale', exact: true }).click()
      await page.waitForURL(/\/admin\/vue-nationale$/)
      await page.getByRole('heading', { name: 'Vue nationale des fédérations' }).waitFor()

      // Each federation's column, named, with its phase.
      const head = (id: string) => page.locator(`.ess-nat__table thead th[data-federation="${id}"]`)
      await expect(head(firstId).innerText()).resolves.toContain(FIRST_FEDERATION.name)
      await expect(head(firstId).locator('[data-phase]').innerText()).resolves.toBe('Phase : Déploiement régional')
      await expect(head(secondId).innerText()).resolves.toContain(SECOND)
      await expect(head(secondId).locator('[data-phase]').innerText()).resolves.toBe('Phase : Pilote')
      await expect(page.locator('thead th[data-federation="none"]').count()).resolves.toBe(0)

      // The second federation: one structure trained out of 4, no file; the first: the demo's files, counted as stored.
      await expect((await cell(page, secondId, 'target')).innerText()).resolves.toMatch(/^1 \/ 4 \(25 %\)/)
      await expect((await cell(page, secondId, 'files')).innerText()).resolves.toBe('0')
      const firstFiles = await payload.count({ collection: 'funding-files', where: { federation: { equals: firstId } }, overrideAccess: true })
      expect(firstFiles.totalDocs).toBeGreaterThan(0)
      await expect((await cell(page, firstId, 'files')).innerText()).resolves.toBe(String(firstFiles.totalDocs))
      // The second step, side by side too: the new federation has no lead yet.
      await page.locator('.ess-nat__table th[scope="rowgroup"]').filter({ hasText: 'De la première à la seconde étape' }).waitFor()
      for (const row of ['second-interested', 'second-leads', 'second-filed']) await expect((await cell(page, secondId, row)).innerText()).resolves.toBe('0')

      await expectNoSeriousA11y(page, 'admin: vue nationale', { include: ['.ess-nat'] })
      // Looked at by a person after the run (docs: the national view); the journey's own record of the page.
      await page.screenshot({ path: path.join(appState().artifactsDir, 'national-dashboard.png'), fullPage: true })

      // Into the second federation's structures: its one structure, and no structure of the demo's federation.
      await page.getByRole('link', { name: `Structures — ${SECOND}` }).click()
      await page.waitForURL((url) => url.pathname === '/admin/collections/structures' && url.search.includes(secondId))
      expect(decodeURIComponent(new URL(page.url()).search)).toContain(`where[federation][equals]=${secondId}`)
      await page.locator('table tbody tr').first().waitFor()
      const rows = page.locator('table tbody tr')
      await expect(rows.count()).resolves.toBe(1)
      await expect(rows.first().innerText()).resolves.toContain(STRUCTURE)

      // Back, into the first federation's funding files: as many rows as its column said (the demo has fewer than a page).
      await page.goBack()
      await page.getByRole('link', { name: `Dossiers de financement — ${FIRST_FEDERATION.name}` }).click()
      await page.waitForURL((url) => url.pathname === '/admin/collections/funding-files' && url.search.includes(firstId))
      await page.locator('table tbody tr').first().waitFor()
      await expect(page.locator('table tbody tr').count()).resolves.toBe(Math.min(firstFiles.totalDocs, 10))

      // A coordinator: no link in the navigation, and the address says why (in the admin’s language).
      const coordinator = await newPage(browser)
      await loginAs(coordinator, COORDINATOR.email, COORDINATOR.password)
      await coordinator.goto('/admin/vue-nationale')
      await coordinator.getByRole('alert').filter({ hasText: 'réservée aux administrateurs et à la coordination nationale' }).waitFor()
      await expect(coordinator.getByRole('link', { name: 'Vue nationale', exact: true }).count()).resolves.toBe(0)
      await expect(coordinator.locator('.ess-nat__table').count()).resolves.toBe(0)

      // The national coordination lands on the view after signing in, and reads both federations' columns.
      const national = await newPage(browser)
      await loginAs(national, NATIONAL.email, NATIONAL.password)
      await national.waitForURL(/\/admin\/vue-nationale$/)
      await national.locator(`.ess-nat__table thead th[data-federation="${secondId}"]`).waitFor()
      await expect(national.locator(`.ess-nat__table thead th[data-federation="${firstId}"]`).count()).resolves.toBe(1)

      // The programme's public page under the first federation, as anyone reads it; an unknown federation: not found.
      const reader = await newPage(browser)
      await reader.goto(`/${FIRST_FEDERATION.slug}/formations/${PROGRAMME.slug}`)
      await reader.getByRole('heading', { level: 1, name: PROGRAMME.title }).waitFor()
      await reader.locator('.offered-by').getByText(/^Proposée par /).waitFor()
      await expectNoSeriousA11y(reader, 'public: programme under a federation', { include: ['main'] })
      expect((await reader.goto(`/federation-inconnue/formations/${PROGRAMME.slug}`))?.status()).toBe(404)
    }),
    240_000,
  )
})
