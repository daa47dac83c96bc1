/**
 * A participant enrolled after the convocations went out (domain §5, « participant added »): the coordinator adds
 * her in the admin; the enrolment says « Convoqué », her convocation reaches the catcher with her personal page,
 * which opens; the file's history says who joined. Nobody else on the list gets a second convocation.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { appState, closeLocalApi, localApi, readMails } from './harness/app'
import { chooseOption, save } from './harness/admin-form'
import { journey, loginAs, newPage, openBrowser, type Browser } from './harness/browser'
import { personalLinkFromMail, planLiveSession, type LiveSession } from './fixtures/live-session'

const DAY_MINUTES = 24 * 60
let browser: Browser
let live: LiveSession

beforeAll(async () => {
  browser = await openBrowser()
  // In twelve days: convened (D−14 passed), the list not yet locked (D−10).
  live = await planLiveSession({ label: 'Session convoquée', startsInMinutes: 12 * DAY_MINUTES, people: ['Inès Martin'] })
  const payload = await localApi()
  // As the convocations left it: the file convened, its first participant convened.
  await payload.db.updateOne({ collection: 'funding-files', id: live.fileId, data: { status: 'convened' } })
  const { docs } = await payload.find({ collection: 'enrolments', where: { session: { equals: live.sessionId } }, overrideAccess: true, depth: 0 })
  for (const e of docs) await payload.db.updateOne({ collection: 'enrolments', id: e.id, data: { status: 'convened' } })
})

afterAll(async () => {
  await browser?.close()
  await closeLocalApi()
})

describe('late enrolment', () => {
  it(
    'the coordinator adds a participant to a convened session: she is convened, gets her convocation and page, the history says so',
    journey('late-enrolment', async () => {
      const payload = await localApi()
      const [ines] = live.people
      const structure = (await payload.findByID({ collection: 'funding-files', id: live.fileId, depth: 0, overrideAccess: true })).structure
      const name = `Yasmine Haddad ${live.title.slice(-6)}`
      const email = `yasmine.${live.sessionId.slice(0, 8)}@e2e.example`
      await payload.create({ collection: 'participants', overrideAccess: true, data: { name, email, structure: String(structure), jobRole: 'social-worker', language: 'fr' } as never })

      const page = await newPage(browser)
      await loginAs(page, 'coordination@essaim.local', 'essaim-coord')
      await page.goto('/admin/collections/enrolments/create')
      await chooseOption(page, 'session', live.title)
      await chooseOption(page, 'participant', name)
      await save(page, 'enrolments')
      await page.waitForURL(/\/admin\/collections\/enrolments\/(?!create)[^/]+$/)
      // The list says what happened: convened with the others.
      await page.reload()
      await page.locator('#field-status').filter({ hasText: 'Convoqué' }).waitFor()
      await page.screenshot({ path: path.join(appState().artifactsDir, 'late-enrolment.png'), fullPage: true })

      // Her convocation, with her personal page, which opens without an account.
      const link = await personalLinkFromMail(live, email, /Convocation/, 60_000)
      const own = await newPage(browser)
      await own.goto(link)
      await own.getByRole('heading', { level: 1, name: 'Feuille d’émargement' }).waitFor()
      await own.getByRole('heading', { level: 2, name: 'Le programme' }).waitFor()

      // The file's history names her; Inès, convened before, gets no second convocation.
      await page.goto(`/admin/collections/funding-files/${live.fileId}`)
      await page.getByText(`Inscription : ${name}`).first().waitFor()
      // What the file waits for, dated as a coordinator reads a date (not an ISO timestamp).
      await page.locator('.move-buttons__waiting').getByText(/La session commence le \S+ \d+ \S+ \d{4} à \d+ h/).waitFor()
      await page.screenshot({ path: path.join(appState().artifactsDir, 'late-enrolment-file.png'), fullPage: true })
      expect(await readMails({ to: ines.email, subject: /Convocation/ })).toHaveLength(0)
    }),
  )
})
