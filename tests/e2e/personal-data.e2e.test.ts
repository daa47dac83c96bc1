/**
 * A person asks the federation for their data, then for its erasure (GDPR art. 15 and 17): the coordinator does
 * both from the participant's page in the admin. Checked on the page, in the files downloaded, in the database and
 * in the register of requests; a structure admin sees no such panel.
 */
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appState, closeLocalApi, localApi } from './harness/app'
import { expectNoSeriousA11y, journey, loginAs, newPage, openBrowser, type Browser } from './harness/browser'

let browser: Browser

beforeAll(async () => {
  browser = await openBrowser()
})
afterAll(async () => {
  await browser?.close()
  await closeLocalApi()
})

describe('personal data requests', () => {
  it(
    'exports a participant’s data as PDF and JSON, then erases them by anonymisation, from the participant’s page',
    journey('personal-data', async () => {
      const payload = await localApi()
      // One of the demo structure admin's participants.
      const admin = (await payload.find({ collection: 'users', where: { email: { equals: 'structure@essaim.local' } }, depth: 0, overrideAccess: true })).docs[0]!
      const structureId = String((admin.structures as (string | number)[])[0])
      const person = await payload.create({
        collection: 'participants',
        overrideAccess: true,
        data: { name: 'Lucie Droitdacces', email: 'lucie.droitdacces@example.org', structure: structureId, jobRole: 'social-worker', language: 'fr' } as never,
      })
      const editUrl = `${appState().baseUrl}/admin/collections/participants/${person.id}`

      // A structure admin may edit their participants, not answer GDPR requests: no panel.
      const other = await newPage(browser)
      await loginAs(other, 'structure@essaim.local', 'essaim-struct')
      await other.goto(editUrl)
      await other.locator('#field-name').waitFor()
      expect(await other.getByRole('heading', { name: 'Données personnelles (RGPD)' }).count()).toBe(0)
      await other.close()

      const page = await newPage(browser)
      await loginAs(page, 'coordination@essaim.local', 'essaim-coord')
      await page.goto(editUrl)
      await page.getByRole('heading', { name: 'Données personnelles (RGPD)' }).waitFor()
      // The panel is ours; the rest of the edit view is Payload's (its findings are listed in docs/accessibility.md).
      await expectNoSeriousA11y(page, 'admin: the GDPR panel of a participant', { include: ['.personal-data-panel'] })

      // The two exports, downloaded by a click as the coordinator would.
      const download = async (name: string) => {
        const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()])
        return { name: file.suggestedFilename(), body: await readFile(String(await file.path())) }
      }
      const pdf = await download('Exporter (PDF lisible)')
      expect(pdf.name).toBe(`donnees-personnelles-participant-${person.id}.pdf`)
      expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-')
      const json = await download('Exporter (JSON)')
      expect(json.body.toString('utf8')).toContain('lucie.droitdacces@example.org')

      // The erasure waits for the confirmation box; then the page says it is done.
      const erase = page.getByRole('button', { name: 'Anonymiser' })
      expect(await erase.isDisabled()).toBe(true)
      await page.getByRole('checkbox', { name: /Je confirme l’effacement demandé/ }).check()
      await erase.click()
      await page.getByRole('status').filter({ hasText: 'Données effacées par anonymisation.' }).waitFor()

      const erased = await payload.findByID({ collection: 'participants', id: person.id, depth: 0, overrideAccess: true })
      expect(erased.email).not.toContain('droitdacces@example.org')
      const register = await payload.find({
        collection: 'personal-data-requests',
        where: { subjectId: { equals: String(person.id) } },
        depth: 0,
        overrideAccess: true,
        sort: 'at',
      })
      expect(register.docs.map((r) => r.kind)).toEqual(['export', 'export', 'erasure'])
    }),
  )
})
