import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { issuePersonalLink } from '../../collections/personal-links/services/issue-link'
import { appState, closeLocalApi, localApi } from './harness/app'
import { expectNoSeriousA11y, journey, loginAs, newPage, openBrowser, type Browser, type Page } from './harness/browser'

/**
 * What a new user read in the admin and on the public pages (issue 15, « Fix what a new user met »): dates in the
 * French order, no English or internal words, the coordinator's landing, the overdue wording, the venue names of a
 * facilitator's sessions, one host for the cookie, <html lang> and titles, the dashboard's accessibility.
 */
let browser: Browser

beforeAll(async () => {
  browser = await openBrowser()
})
afterAll(async () => {
  await browser?.close()
  await closeLocalApi()
})

const COORDINATOR = { email: 'coordination@essaim.local', password: 'essaim-coord' }
const FACILITATOR = { email: 'animation@essaim.local', password: 'essaim-anim' }

/** 8 February 2027 as a French reader writes it, in Paris time. */
const frenchDay = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(iso))
/** The same day in the American order the admin showed before (02/08/2027). */
const americanDay = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(iso))

/** Words a person must not read: Payload's English or template words, and the label of a name they may not read. */
const FORBIDDEN = ['<Pas de', 'Ajouter nouveau ou nouvelle', 'Sans titre', '<No ']

async function expectNoForbiddenWords(page: Page, where: string): Promise<void> {
  const text = await page.locator('body').innerText()
  for (const words of FORBIDDEN) expect({ where, found: text.includes(words) ? words : null }).toEqual({ where, found: null })
  const headings = (await page.locator('th, .sort-column__label, .field-label, label').allInnerTexts()).map((t) => t.trim())
  expect({ where, headings: headings.filter((h) => h === 'At') }).toEqual({ where, headings: [] })
}

/** Waits for the rows of Payload's list (or a join table) to be drawn, related names included (fetched after). */
const rowsOf = async (page: Page, scope = 'body') => {
  await page.locator(`${scope} table tbody tr`).first().waitFor()
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll(`${sel} table`)].every((t) => !/Chargement|Loading/.test((t as HTMLElement).innerText)),
    scope,
  )
  return page.locator(`${scope} table tbody tr`)
}

/** The page's title once Next has streamed its metadata in. */
const titleOf = async (page: Page) => {
  await page.waitForFunction(() => document.title.length > 0)
  return page.title()
}

describe('what a new user reads', () => {
  it(
    'a coordinator lands on the dashboard, reads « date limite dépassée », French dates on a file and the list, no stray words; 127.0.0.1 leads to the right address',
    journey('admin-words-coordinator', async () => {
      const { baseUrl } = appState()
      const payload = await localApi()
      const page = await newPage(browser)
      await loginAs(page, COORDINATOR.email, COORDINATOR.password)

      // Landing: the campaign dashboard, with a title saying so.
      await page.waitForURL((url) => url.pathname === '/admin/tableau-de-bord')
      await page.locator('.ess-dash h1').waitFor()
      expect(await titleOf(page)).toBe('Tableau de bord des campagnes · essaim')

      // The overdue file of the demo (its session starts this week) is said to be overdue, not « dans moins de 14 jours ».
      const overdue = (
        await payload.find({ collection: 'funding-files', where: { and: [{ status: { in: ['draft', 'ready'] } }, { deadline: { less_than: new Date().toISOString() } }] }, depth: 0, limit: 1, overrideAccess: true })
      ).docs[0]
      expect(overdue?.deadline).toBeTruthy()
      const riskLine = page.locator('.ess-dash__risk li', { hasText: overdue!.reference ?? '' })
      await expect(riskLine.innerText()).resolves.toContain(`date limite dépassée (${frenchDay(overdue!.deadline!)})`)

      // A file that has moved (so its history has lines): its session start in the French order, its history
      // without an add button, no stray words.
      const file = (
        await payload.find({
          collection: 'funding-files',
          where: { and: [{ sessionStart: { exists: true } }, { status: { in: ['submitted', 'info_requested', 'approved', 'refused'] } }] },
          depth: 0,
          limit: 1,
          sort: 'sessionStart',
          overrideAccess: true,
        })
      ).docs[0]!
      await page.goto(`${baseUrl}/admin/collections/funding-files/${file.id}`)
      const sessionStart = page.locator('#field-sessionStart input, [id="field-sessionStart"] input').first()
      await sessionStart.waitFor()
      const shown = await sessionStart.inputValue()
      expect(shown).toBe(frenchDay(file.sessionStart!))
      if (frenchDay(file.sessionStart!) !== americanDay(file.sessionStart!)) expect(shown).not.toBe(americanDay(file.sessionStart!))
      await rowsOf(page, '#field-timeline')
      expect(await page.locator('#field-timeline .relationship-table__add-new').count()).toBe(0)
      await expectNoForbiddenWords(page, 'funding file')
      expect(await titleOf(page)).toContain('· essaim')
      expect(await titleOf(page)).not.toContain('Payload')

      // The list: the same day, French order.
      await page.goto(`${baseUrl}/admin/collections/funding-files?limit=50`)
      await rowsOf(page)
      const listText = await page.locator('table').innerText()
      expect(listText).toContain(frenchDay(file.sessionStart!))
      await expectNoForbiddenWords(page, 'funding files list')

      // An attendance line's half-day is numbered from 1 for people (stored from 0): « Demi-journée n° ».
      await page.goto(`${baseUrl}/admin/collections/attendance/create`)
      const halfDay = page.locator('#field-slotIndex')
      await halfDay.waitFor()
      expect(await page.locator('label[for="field-slotIndex"]').innerText()).toContain('Demi-journée n°')
      await halfDay.fill('1')
      expect(await halfDay.inputValue()).toBe('1')
      expect(await page.locator('body').innerText()).not.toContain('à partir de 0')

      // Opened at 127.0.0.1 (SERVER_URL says localhost): a page naming the address opens the same page on
      // localhost, where the person is still signed in.
      const numeric = new URL(baseUrl)
      numeric.hostname = '127.0.0.1'
      const answer = await fetch(`${numeric.origin}/admin/collections/funding-files/${file.id}`, { redirect: 'manual' })
      expect(await answer.text()).toContain(`${baseUrl}/admin/collections/funding-files/${file.id}`)
      await page.goto(`${numeric.origin}/admin/collections/funding-files/${file.id}`)
      await page.waitForURL((url) => url.host === new URL(baseUrl).host)
      expect(new URL(page.url()).pathname).toBe(`/admin/collections/funding-files/${file.id}`)
      await sessionStart.waitFor()
      await expectNoForbiddenWords(page, 'funding file opened at 127.0.0.1')

      // The dashboard's charts: named, no link inside an image; axe on essaim's own part of the page.
      await page.goto(`${baseUrl}/admin/tableau-de-bord`)
      await page.locator('.ess-dash h1').waitFor()
      await expectNoSeriousA11y(page, 'admin: tableau de bord des campagnes', { include: ['.ess-dash'] })
    }),
    300_000,
  )

  it(
    'a facilitator’s sessions list shows the dates and the venue names',
    journey('admin-words-facilitator', async () => {
      const { baseUrl } = appState()
      const payload = await localApi()
      const user = (await payload.find({ collection: 'users', where: { email: { equals: FACILITATOR.email } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]!
      const taught = (
        await payload.find({ collection: 'sessions', where: { facilitators: { in: [String(user.id)] } }, depth: 1, pagination: false, overrideAccess: true })
      ).docs
      expect(taught.length).toBeGreaterThan(0)

      const page = await newPage(browser)
      await loginAs(page, FACILITATOR.email, FACILITATOR.password)
      expect(new URL(page.url()).pathname).not.toBe('/admin/tableau-de-bord')
      await page.goto(`${baseUrl}/admin/collections/sessions?limit=50`)
      await rowsOf(page)
      // The venue cells show « Chargement en cours... » until Payload's relationship labels arrive (and may show
      // nothing yet before the page is hydrated): wait for the names themselves.
      const venueNames = taught.map((t) => (t.venue as { name?: string } | null | undefined)?.name).filter((n): n is string => !!n)
      await page.waitForFunction(
        (names) => {
          const text = document.querySelector('table')?.textContent ?? ''
          return !text.includes('Chargement') && names.every((n) => text.includes(n))
        },
        venueNames,
        { timeout: 30_000 },
      )
      const listText = await page.locator('table').innerText()
      for (const session of taught) {
        const venue = session.venue as { name?: string } | null | undefined
        expect(listText).toContain(session.title)
        if (venue?.name) expect(listText).toContain(venue.name)
        const first = [...(session.slots ?? [])].map((s) => s.start).sort()[0]
        if (first) expect(listText).toContain(frenchDay(first))
      }
      await expectNoForbiddenWords(page, 'facilitator sessions list')
    }),
    240_000,
  )

  it(
    'a public page says its language on <html lang> and what it is in its title, in French and in English',
    journey('admin-words-public-lang', async () => {
      const { baseUrl } = appState()
      const payload = await localApi()
      const programme = (await payload.find({ collection: 'programmes', where: { _status: { equals: 'published' } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]!
      const page = await newPage(browser)

      await page.goto(`${baseUrl}/formations/${programme.slug}`)
      expect(await page.locator('html').getAttribute('lang')).toBe('fr')
      expect(await titleOf(page)).toBe(`Formation : ${programme.title} · essaim`)

      await page.goto(`${baseUrl}/formations/${programme.slug}?lang=en`)
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      expect(await titleOf(page)).toBe(`Training programme: ${programme.title} · essaim`)

      // A personal page (here a wrong link, which any visitor can open): its language and a title naming it.
      await page.goto(`${baseUrl}/p/not-a-session/not-a-token?lang=en`)
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      expect(await titleOf(page)).toBe('Your attendance and questionnaires · essaim')
      await page.goto(`${baseUrl}/p/not-a-session/not-a-token`)
      expect(await page.locator('html').getAttribute('lang')).toBe('fr')
      expect(await titleOf(page)).toBe('Votre émargement et vos questionnaires · essaim')

      // An English-speaking participant's own link, whose address asks for no language: her page is in English,
      // and says so; asked in French, it says French.
      const sarah = (await payload.find({ collection: 'participants', where: { name: { equals: 'Sarah Cohen' } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]!
      expect(sarah.language).toBe('en')
      const enrolment = (await payload.find({ collection: 'enrolments', where: { participant: { equals: sarah.id } }, depth: 0, limit: 1, overrideAccess: true })).docs[0]!
      const sessionId = String(typeof enrolment.session === 'object' ? enrolment.session?.id : enrolment.session)
      const link = await issuePersonalLink(payload, { sessionId, purpose: 'attendance', holder: { participantId: String(sarah.id) } })
      await page.goto(`${baseUrl}/p/${encodeURIComponent(sessionId)}/${link.token}`)
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      expect(await page.locator('main').first().getAttribute('lang')).toBe('en')
      await page.goto(`${baseUrl}/p/${encodeURIComponent(sessionId)}/${link.token}?lang=fr`)
      expect(await page.locator('html').getAttribute('lang')).toBe('fr')
    }),
    120_000,
  )
})
