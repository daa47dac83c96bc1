/**
 * The national coordination's journey (issue 20): it signs in and lands on the national view; it opens a
 * federation's funding file and finds it to read only — no move offered, nothing to save; it publishes a national
 * news item, which has no federation and which a regional coordinator reads but cannot change.
 */
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { closeLocalApi, localApi } from './harness/app'
import { journey, loginAs, newPage, openBrowser, saveArtifacts, type Browser } from './harness/browser'

let browser: Browser

beforeAll(async () => {
  browser = await openBrowser()
})

afterAll(async () => {
  await browser?.close()
  await closeLocalApi()
})

describe('national coordination', () => {
  it(
    'lands on the national view, reads a federation’s file without acting on it, and publishes national news',
    journey('national', async () => {
      const page = await newPage(browser)
      await loginAs(page, 'national@essaim.local', 'essaim-national')
      await page.waitForURL(/\/admin\/vue-nationale/)
      await page.getByRole('heading', { level: 1 }).first().waitFor()

      // A federation's file: readable, with no move and no save.
      const payload = await localApi()
      // Any of the demo's files, whatever state the other journeys (which share this app) have moved it to.
      const file = (await payload.find({ collection: 'funding-files', sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true })).docs[0]
      expect(file).toBeDefined()
      await page.goto(`/admin/collections/funding-files/${file.id}`)
      await page.locator('#field-reference, [id="field-reference"]').first().waitFor()
      expect(await page.getByRole('button', { name: /^→ / }).count()).toBe(0)
      const save = page.locator('#action-save')
      expect((await save.count()) === 0 || (await save.isDisabled())).toBe(true)

      // National news, published from the admin.
      const title = `Le programme arrive dans toutes les régions ${randomBytes(3).toString('hex')}`
      await page.goto('/admin/collections/news/create')
      await page.locator('#field-title').fill(title)
      const body = page.locator('[data-lexical-editor="true"]').first()
      await body.click()
      await body.pressSequentially('Après la PACA, les fédérations régionales ouvrent leurs sessions.')
      await page.locator('#action-save').click()
      await page.waitForURL(/\/admin\/collections\/news\/[\w-]{8,}$/)
      const [stored] = (await payload.find({ collection: 'news', where: { title: { equals: title } }, depth: 0, overrideAccess: true, draft: true })).docs
      expect(stored?._status).toBe('published')
      expect(stored?.federation ?? null).toBeNull()
      await saveArtifacts('national-news-published')

      // A regional coordinator reads it and may not change it.
      const coordinator = await newPage(browser)
      await loginAs(coordinator, 'coordination@essaim.local', 'essaim-coord')
      await coordinator.goto(`/admin/collections/news/${stored.id}`)
      await coordinator.locator('#field-title').waitFor()
      expect(await coordinator.locator('#field-title').isDisabled()).toBe(true)
    }),
    240_000,
  )
})
