/**
 * Journey 2 — a structure admin's file (issue 15): a new funding file made in the admin, its session chosen, its
 * pieces ticked; it becomes « prêt à déposer » by itself and the next move shows without reloading; the mail that
 * says so is in the catcher and in the file's mail log; another structure's file, opened by its address, is
 * refused in words rather than crashing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEMO_SESSION_TITLE } from '../../src/seed/sessions'
import { closeLocalApi, localApi, waitForMail } from './harness/app'
import { journey, loginAs, newPage, openBrowser, type Browser } from './harness/browser'
import type { Locator } from 'playwright-core'
import { fileByStructure } from './harness/funding-file-page'
import { chooseOption, save } from './harness/admin-form'

let browser: Browser

beforeAll(async () => {
  browser = await openBrowser()
})
afterAll(async () => {
  await browser?.close()
  await closeLocalApi()
})

/**
 * Ticks a checkbox, once more if the edit view was rebuilt under the click: right after the first save the form
 * re-mounts on the document's address, and one clean-clone run saw a click land then and change nothing.
 */
async function tick(box: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await box.check({ timeout: 5_000 })
      return
    } catch (error) {
      if (attempt >= 3) throw error
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}

describe('structure admin', () => {
  it(
    'creates a file that becomes ready by itself, reads its mail log, and is refused another structure’s file',
    journey('structure-admin', async () => {
      const payload = await localApi()
      const page = await newPage(browser)
      await loginAs(page, 'structure@essaim.local', 'essaim-struct')
      const before = await payload.count({ collection: 'funding-files', overrideAccess: true })

      await page.goto('/admin/collections/funding-files/create')
      await chooseOption(page, 'structure', 'CHRS Les Glycines')
      await chooseOption(page, 'session', DEMO_SESSION_TITLE)
      await page.locator('#field-requestedAmount').fill('4800')
      await page.locator('#field-requestedTrainees').fill('10')
      await page.locator('#action-save').click()
      await page.waitForURL(/\/admin\/collections\/funding-files\/(?!create)[^/]+$/)
      const id = new URL(page.url()).pathname.split('/').pop() as string
      expect((await payload.findByID({ collection: 'funding-files', id, overrideAccess: true })).status).toBe('draft')
      // The page says in words what the file waits for before it becomes ready by itself.
      await page.locator('.move-buttons__waiting').getByText(/Pour passer à « prêt à déposer » : .*(devis|convention|programme)/i).waitFor()

      // The pieces come in and are ticked: saved, the file is ready by itself, the next move offered at once.
      for (const piece of [/Devis signé/, /Convention signée/, /Programme joint/]) await tick(page.getByLabel(piece))
      await save(page, 'funding-files')
      await page.getByRole('button', { name: '→ déposé à l’OPCO' }).or(page.getByRole('button', { name: "→ déposé à l'OPCO" })).waitFor()
      const file = await payload.findByID({ collection: 'funding-files', id, overrideAccess: true })
      expect(file.status).toBe('ready')
      expect(await payload.count({ collection: 'funding-files', overrideAccess: true })).toEqual({ totalDocs: before.totalDocs + 1 })

      // The mail saying the file is complete, in the catcher and then in the file's mail log.
      await waitForMail({ to: 'structure@essaim.local', subject: new RegExp(`Dossier ${file.reference} complet`) })
      await page.reload()
      await page.locator('#field-deliveries tr, .field-type.join tr').filter({ hasText: 'structure@essaim.local' }).first().waitFor()

      // The only director of the structure withdraws: the file warns that nobody of the direction is enrolled.
      await page.locator('.role-mix-notice').getByText(/tous les métiers attendus sont représentés/).waitFor()
      const helene = await enrolmentOf('Hélène Ferrand')
      await page.goto(`/admin/collections/enrolments/${helene}`)
      await chooseOption(page, 'status', 'Désisté')
      await save(page, 'enrolments')
      await page.goto(`/admin/collections/funding-files/${id}`)
      await page.locator('.role-mix-notice').getByText(/personne n’est inscrit pour Direction/).waitFor()

      // A new director joins the staff and is enrolled: the warning goes.
      await page.goto('/admin/collections/participants/create')
      await page.locator('#field-name').fill('Jeanne Roux')
      await page.locator('#field-email').fill('jeanne.roux@glycines.example')
      await chooseOption(page, 'structure', 'CHRS Les Glycines')
      await chooseOption(page, 'jobRole', 'Direction')
      await save(page, 'participants')
      await page.goto('/admin/collections/enrolments/create')
      await chooseOption(page, 'session', DEMO_SESSION_TITLE)
      await chooseOption(page, 'participant', 'Jeanne Roux')
      await save(page, 'enrolments')
      expect(await enrolmentOf('Jeanne Roux')).toBeTruthy()
      await page.goto(`/admin/collections/funding-files/${id}`)
      await page.locator('.role-mix-notice').getByText(/tous les métiers attendus sont représentés/).waitFor()

      // Another structure's file by its address: a page that says no, not a crash.
      const other = await fileByStructure('La Rade')
      const response = await page.goto(`/admin/collections/funding-files/${other.id}`)
      expect(response?.status()).toBeLessThan(500)
      await page.getByText(/introuvable|pas accès|non autorisé|not found|rien trouvé/i).first().waitFor()
      await expect(page.getByText(other.reference).count()).resolves.toBe(0)
    }),
    240_000,
  )
})

/** The enrolment of a person (by name) in the demo session. */
async function enrolmentOf(name: string): Promise<string> {
  const payload = await localApi()
  const session = (await payload.find({ collection: 'sessions', where: { title: { equals: DEMO_SESSION_TITLE } }, limit: 1, overrideAccess: true })).docs[0]
  const person = (await payload.find({ collection: 'participants', where: { name: { equals: name } }, limit: 1, overrideAccess: true })).docs[0]
  const enrolment = (await payload.find({ collection: 'enrolments', where: { session: { equals: session?.id }, participant: { equals: person?.id } }, limit: 1, overrideAccess: true })).docs[0]
  if (!enrolment) throw new Error(`no enrolment of ${name} in the demo session`)
  return String(enrolment.id)
}
