import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { appState, closeLocalApi, localApi } from './app'
import { journey, loginAs, newPage, openBrowser, type Browser } from './browser'

/** The harness itself: the app answers on localhost as SERVER_URL says, a person logs in, the Local API reads the same file. */
let browser: Browser

beforeAll(async () => {
  browser = await openBrowser()
})
afterAll(async () => {
  await browser?.close()
  await closeLocalApi()
})

describe('e2e harness', () => {
  it(
    'serves the built app on localhost, logs a person in through the form and reads the same database',
    journey('harness', async () => {
      const { baseUrl } = appState()
      expect(new URL(baseUrl).hostname).toBe('localhost')
      const page = await newPage(browser)
      await loginAs(page, 'coordination@essaim.local', 'essaim-coord')
      expect(new URL(page.url()).pathname).toMatch(/^\/admin/)
      const cookies = await page.context().cookies()
      expect(cookies.find((c) => c.name === 'payload-token')?.domain).toBe('localhost')
      const payload = await localApi()
      const found = await payload.find({ collection: 'users', where: { email: { equals: 'coordination@essaim.local' } }, overrideAccess: true })
      expect(found.docs).toHaveLength(1)
    }),
  )
})
