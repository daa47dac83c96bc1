/**
 * Journey 5 — a participant on a phone (issue 15): the convocation's link signs the half-day open now, the
 * positioning and hot questionnaires are answered from their mails; a spent link and a wrong link each get the
 * plain page in French and English. Checked in the page, in the catcher and in the database.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { closeLocalApi, localApi } from './harness/app'
import { expectNoSeriousA11y, journey, newPage, openBrowser, type Browser, type Page } from './harness/browser'
import { askForMail, personalLinkFromMail, planLiveSession, type LiveSession } from './fixtures/live-session'

const PHONE = { width: 390, height: 844 }
let browser: Browser
let live: LiveSession

beforeAll(async () => {
  browser = await openBrowser()
  // Starts in 20 minutes: the sheet opens 30 minutes before, and the positioning questionnaire is still open.
  live = await planLiveSession({ label: 'Session du jour (participante)', startsInMinutes: 20, people: ['Chloé Bernard'] })
})

afterAll(async () => {
  await browser?.close()
  await closeLocalApi()
})

/** Answers every scale with 4 and writes in the first text box, then sends; waits for the thanks. */
async function answerQuestionnaire(page: Page, words: string): Promise<void> {
  for (const radio of await page.locator('input[type="radio"][value="4"]').all()) await radio.check()
  await page.locator('textarea').first().fill(words)
  await page.getByRole('button', { name: 'Envoyer mes réponses' }).click()
  await page.getByRole('status').filter({ hasText: 'Merci, vos réponses sont enregistrées.' }).waitFor()
}

const responsesOf = async (kind: string) => {
  const payload = await localApi()
  const { docs } = await payload.find({
    collection: 'survey-responses',
    where: { session: { equals: live.sessionId }, kind: { equals: kind } },
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

describe('participant', () => {
  it(
    'signs the open half-day from the convocation, answers positioning and hot on a phone; spent and wrong links get the plain page',
    journey('participant', async () => {
      const [chloe] = live.people
      const payload = await localApi()

      // The convocation's link: her attendance sheet, one big button for the half-day open now.
      await askForMail(live, 'session.convocation', { roles: ['participants'], participantId: chloe.id })
      const sheetLink = await personalLinkFromMail(live, chloe.email, /Convocation/)
      const page = await newPage(browser, { viewport: PHONE })
      await page.goto(sheetLink)
      await page.getByRole('heading', { level: 1, name: 'Feuille d’émargement' }).waitFor()
      await page.getByText(live.venueName).waitFor()
      // What the convocation promises the page gives: the programme and the house rules, opened without an account.
      await page.getByRole('heading', { level: 2, name: 'Le programme' }).waitFor()
      const rulesHref = await page.getByRole('link', { name: 'Lire le règlement intérieur (PDF)' }).getAttribute('href')
      const rules = await page.request.get(new URL(rulesHref ?? '', page.url()).toString())
      expect(rules.status()).toBe(200)
      expect(rules.headers()['content-type']).toContain('application/pdf')
      await expectNoSeriousA11y(page, 'personal page: participant sheet (phone)')
      await page.getByRole('button', { name: 'Je signe ma présence' }).click()
      await page.getByRole('status').filter({ hasText: 'Merci, votre présence est enregistrée.' }).waitFor()
      await expectNoSeriousA11y(page, 'personal page: participant sheet signed (phone)')
      const { docs: enrolments } = await payload.find({ collection: 'enrolments', where: { session: { equals: live.sessionId } }, depth: 0, overrideAccess: true })
      const { docs: lines } = await payload.find({ collection: 'attendance', where: { enrolment: { equals: enrolments[0].id } }, depth: 0, overrideAccess: true })
      expect(lines.map((l) => [l.slotIndex, l.status])).toEqual([[0, 'signed']])
      // The same link again is still her sheet (attendance links serve the whole session): nothing more to sign now.
      await page.goto(sheetLink)
      await page.getByText('Aucune demi-journée n’est ouverte à la signature en ce moment.').waitFor()

      // Before the session: the positioning questionnaire, from its mail.
      await askForMail(live, 'survey.positioning', { roles: ['participants'], participantId: chloe.id })
      await page.goto(await personalLinkFromMail(live, chloe.email, /positionnement/))
      await page.getByRole('heading', { level: 1, name: 'Questionnaire de positionnement' }).waitFor()
      await expectNoSeriousA11y(page, 'personal page: positioning questionnaire (phone)')
      await answerQuestionnaire(page, 'Aider les personnes accueillies à faire leurs démarches en ligne.')
      expect((await responsesOf('positioning')).map((r) => String(r.participant))).toEqual([chloe.id])

      // At the end: the hot questionnaire, from its mail (she attended a half-day, so she gets it).
      await askForMail(live, 'survey.hot', { roles: ['participants'], participantId: chloe.id })
      const hotLink = await personalLinkFromMail(live, chloe.email, /Votre avis/)
      await page.goto(hotLink)
      await page.getByRole('heading', { level: 1, name: 'Votre avis sur la formation' }).waitFor()
      await expectNoSeriousA11y(page, 'personal page: hot questionnaire (phone)')
      await answerQuestionnaire(page, 'Très concret, merci.')
      await page.getByRole('heading', { level: 1, name: 'Merci, vos réponses sont enregistrées.' }).waitFor()
      await expectNoSeriousA11y(page, 'personal page: thanks after answering (phone)')
      const hot = await responsesOf('hot')
      expect(hot).toHaveLength(1)

      // The hot link once more: spent; the plain page in both languages, and nothing written.
      await page.goto(hotLink)
      await page.getByRole('heading', { name: 'Ce lien a déjà servi' }).waitFor()
      await page.getByRole('heading', { name: 'This link has already been used' }).waitFor()
      await expectNoSeriousA11y(page, 'personal page: spent link (phone)')
      expect(await responsesOf('hot')).toHaveLength(1)

      // A wrong link (one character changed): the same plain page for any invalid link, in both languages.
      const last = hotLink.slice(-1)
      await page.goto(hotLink.slice(0, -1) + (last === 'A' ? 'B' : 'A'))
      await page.getByRole('heading', { name: 'Ce lien n’est pas valide' }).waitFor()
      await page.getByRole('heading', { name: 'This link is not valid' }).waitFor()
      await expectNoSeriousA11y(page, 'personal page: invalid link (phone)')
    }),
    180_000,
  )
})
