import { expect } from '@jest/globals'
import type { Page } from 'playwright-core'

/** Saves the document in the edit view and waits for the API to accept it. */
export async function save(page: Page, collection: string): Promise<void> {
  const accepted = page.waitForResponse((r) => r.url().includes(`/api/${collection}`) && r.request().method() !== 'GET')
  await page.locator('#action-save').click()
  const response = await accepted
  expect(response.status()).toBeLessThan(400)
}

/** Picks an option of a relationship or select field as a person does: open the select, type, choose. */
export async function chooseOption(page: Page, field: string, label: string): Promise<void> {
  const select = page.locator(`#field-${field}`)
  await select.click()
  await page.keyboard.type(label.slice(0, 12))
  await page.locator('.rs__option', { hasText: label }).first().click()
  await select.filter({ hasText: label }).waitFor()
}
