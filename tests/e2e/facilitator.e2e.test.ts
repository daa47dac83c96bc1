/**
 * Journey 4 — a facilitator's day (issue 15): their sessions in the admin with dates and venues, the attendance
 * sheet reached from the mail « Émargement ouvert », an absence marked, the half-day countersigned; checked in the
 * page, in the catcher and in the database.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { signHalfDay } from '../../collections/attendance/services/participant-sheet'
import { issuePersonalLink } from '../../collections/personal-links/services/issue-link'
import { DEMO_FACILITATOR } from '../../src/seed/content/demo-links'
import { closeLocalApi, localApi } from './harness/app'
import { expectNoSeriousA11y, journey, loginAs, newPage, openBrowser, type Browser } from './harness/browser'
import { askForMail, personalLinkFromMail, planLiveSession, type LiveSession } from './fixtures/live-session'

let browser: Browser
let live: LiveSession

beforeAll(async () => {
  browser = await openBrowser()
  // The first half-day began an hour ago: the sheet is open for countersigning.
  live = await planLiveSession({ label: 'Session du jour (animateur)', startsInMinutes: -60, people: ['Alice Martin', 'Bruno Petit'] })
  // Alice signed on arrival, through her own link (the product's signing service, as her page does).
  const payload = await localApi()
  const alice = await issuePersonalLink(payload, { sessionId: live.sessionId, purpose: 'attendance', holder: { participantId: live.people[0].id } })
  const signed = await signHalfDay(payload, { token: alice.token, sessionId: live.sessionId, slotIndex: 0 })
  if (!signed.ok) throw new Error(`fixture: Alice could not sign (${signed.refusal})`)
})

afterAll(async () => {
  await browser?.close()
  await closeLocalApi()
})

describe('facilitator', () => {
  it(
    'sees their sessions with dates and venue, opens the sheet from the mail, marks an absence and countersigns',
    journey('facilitator', async () => {
      const payload = await localApi()

      // Their sessions: each row names the venue (not « Sans titre ») and says when, in the French order.
      const admin = await newPage(browser)
      await loginAs(admin, DEMO_FACILITATOR, 'essaim-anim')
      await admin.goto('/admin/collections/sessions')
      const row = admin.locator('tr', { hasText: live.title })
      await row.getByText(live.venueName).first().waitFor()
      const rowText = await row.innerText()
      expect(rowText).not.toMatch(/Sans titre|Untitled/)
      expect(rowText).toContain(live.firstDay)

      // The mail the workflow sends when the first half-day starts carries their personal link.
      await askForMail(live, 'session.attendance_open', { roles: ['facilitators'] })
      const link = await personalLinkFromMail(live, DEMO_FACILITATOR, /Émargement ouvert/)

      const sheet = await newPage(browser, { viewport: { width: 390, height: 844 } })
      await sheet.goto(link)
      await sheet.getByRole('heading', { level: 1, name: /Feuille de la demi-journée/ }).waitFor()
      await sheet.getByText(/Alice Martin — Signé/).waitFor()
      await expectNoSeriousA11y(sheet, 'personal page: facilitator sheet')

      // Bruno did not come: ticked absent, saved.
      await sheet.getByLabel(/Bruno Petit — Absent/).check()
      await sheet.getByRole('button', { name: 'Enregistrer les absences' }).click()
      await sheet.getByRole('status').filter({ hasText: 'Absences enregistrées.' }).waitFor()
      await sheet.getByText(/Bruno Petit — Absent/).waitFor()

      // Every line settled: countersign closes the half-day.
      await sheet.getByRole('button', { name: 'Contresigner la feuille' }).click()
      await sheet.getByRole('status').filter({ hasText: 'Feuille contresignée' }).waitFor()
      expect(await sheet.getByRole('button', { name: 'Contresigner la feuille' }).count()).toBe(0)
      await expectNoSeriousA11y(sheet, 'personal page: facilitator sheet countersigned')

      // Stored: Alice signed, Bruno absent, both lines countersigned by the facilitator.
      const { docs: enrolments } = await payload.find({ collection: 'enrolments', where: { session: { equals: live.sessionId } }, depth: 0, overrideAccess: true })
      const { docs: lines } = await payload.find({
        collection: 'attendance',
        where: { enrolment: { in: enrolments.map((e) => e.id) }, slotIndex: { equals: 0 } },
        depth: 0,
        overrideAccess: true,
      })
      const byParticipant = new Map(enrolments.map((e) => [String(e.participant), e.id]))
      const lineOf = (personId: string) => lines.find((l) => String(l.enrolment) === String(byParticipant.get(personId)))
      expect(lineOf(live.people[0].id)?.status).toBe('signed')
      expect(lineOf(live.people[1].id)?.status).toBe('absent')
      const facilitator = (await payload.find({ collection: 'users', where: { email: { equals: DEMO_FACILITATOR } }, depth: 0, overrideAccess: true })).docs[0]
      for (const line of lines) {
        expect(line.countersignedAt).toBeTruthy()
        expect(String(line.countersignedBy)).toBe(String(facilitator.id))
      }
    }),
    180_000,
  )
})
