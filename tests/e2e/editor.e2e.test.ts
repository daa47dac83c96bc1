/**
 * Journey 3 — an editor's testimony (issue 15): written in the admin, refused at « Publier » while the quoted
 * person's consent is missing (the refusal names what is missing in words), published once the consent is
 * recorded, then read on the public site by someone not signed in — without the consent record — who also opens
 * the programme's page in both languages.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { PROGRAMME } from '../../src/seed/content/programme'
import { closeLocalApi, localApi } from './harness/app'
import { recordWholeAdminPage } from './fixtures/payload-ui-a11y'
import { expectNoSeriousA11y, journey, loginAs, newPage, openBrowser, type Browser, type Page } from './harness/browser'

let browser: Browser

beforeAll(async () => {
  browser = await openBrowser()
})

afterAll(async () => {
  await browser?.close()
  await closeLocalApi()
})

/** Payload's toasts (sonner): the text of the newest one of a type. */
const toast = (page: Page, type: 'error' | 'success') => page.locator(`[data-sonner-toast][data-type="${type}"]`).last()

const storiesWithTitle = async (title: string) => {
  const payload = await localApi()
  const { docs } = await payload.find({ collection: 'stories', where: { title: { equals: title } }, depth: 0, overrideAccess: true, draft: true })
  return docs
}

describe('editor', () => {
  it(
    'writes a testimony, is told what consent is missing, records it, publishes, and the public reads it',
    journey('editor', async () => {
      const run = randomBytes(3).toString('hex')
      const title = `« Le numérique, on s’y est mis ensemble » ${run}`
      const quote = 'Depuis la formation, je montre aux résidents comment prendre rendez-vous en ligne.'
      const page = await newPage(browser)
      await loginAs(page, 'edition@essaim.local', 'essaim-edit')

      await page.goto('/admin/collections/stories/create')
      await page.locator('#field-title').fill(title)
      const body = page.locator('[data-lexical-editor="true"]').first()
      await body.click()
      await body.pressSequentially('Toute l’équipe du CHRS a suivi les trois jours avec l’espace ERIC du quartier.')
      await page.locator('#field-quote__text').fill(quote)
      await page.locator('#field-quote__personName').fill('Karim B.')

      // Publish without consent: refused, in words, the fields highlighted; nothing published.
      await page.locator('#action-save').click()
      const refusal = toast(page, 'error')
      await refusal.waitFor()
      const said = await refusal.innerText()
      for (const field of ['Donné par', 'Date du consentement', 'Usages acceptés']) expect(said).toMatch(new RegExp(`Consentement \\S+ ${field}`))
      expect(said).not.toMatch(/consent\.|givenBy|unknown error|erreur inconnue/i)
      expect((await storiesWithTitle(title)).filter((s) => s._status === 'published')).toHaveLength(0)
      await recordWholeAdminPage(page, 'admin: story edit view (Payload)')

      // The consent, as the signed form says: who, when, for the website.
      await page.locator('#field-consent__givenBy').fill('Karim B., par formulaire signé')
      const givenAt = page.locator('#field-consent__givenAt input').first()
      await givenAt.fill(new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris' }).format(new Date()))
      await givenAt.press('Escape')
      await page.locator('#field-consent__scope').click()
      await page.getByRole('option', { name: 'Site web et API publique' }).click()

      await page.locator('#action-save').click()
      await toast(page, 'success').waitFor()
      await page.waitForURL(/\/admin\/collections\/stories\/[\w-]{8,}$/)
      const [stored] = await storiesWithTitle(title)
      expect(stored?._status).toBe('published')
      expect(stored?.consent?.givenBy).toBe('Karim B., par formulaire signé')
      expect(stored?.consent?.scope).toContain('website')

      // The public site, not signed in: the list, then the testimony with its quote; the consent never shows.
      const reader = await newPage(browser)
      await reader.goto('/temoignages')
      await expectNoSeriousA11y(reader, 'site: testimonies list')
      await reader.getByRole('link', { name: title }).click()
      await reader.getByRole('heading', { level: 1, name: title }).waitFor()
      await reader.getByText(quote).waitFor()
      expect(await reader.content()).not.toMatch(/formulaire signé/)
      await expectNoSeriousA11y(reader, 'site: testimony page')
      const api = await reader.request.get(`/api/stories/${stored.id}`)
      expect(api.ok()).toBe(true)
      expect(await api.json()).not.toHaveProperty('consent')

      // The same reader on the programme's public page, in French then in English through its language link.
      await reader.goto(`/formations/${PROGRAMME.slug}`)
      await reader.getByRole('heading', { level: 2, name: 'Objectifs' }).waitFor()
      await expectNoSeriousA11y(reader, 'site: programme page (fr)')
      await reader.getByRole('link', { name: 'English version' }).click()
      await reader.waitForURL(/\?lang=en$/)
      await reader.getByRole('heading', { level: 2, name: 'Objectives' }).waitFor()
      await expectNoSeriousA11y(reader, 'site: programme page (en)')
    }),
    180_000,
  )
})
