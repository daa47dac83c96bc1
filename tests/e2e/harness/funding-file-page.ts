/**
 * The funding-file edit view as journeys use it: its move buttons and drawer, its timeline, and the file behind a
 * structure's name (read through the Local API).
 */
import type { Locator, Page } from 'playwright-core'
import { localApi } from './app'

/**
 * Payload's own admin chrome (navigation, header bar), left out of the axe checks of essaim's pages: its findings
 * are listed in docs/accessibility.md, not fixed here.
 */
export const PAYLOAD_CHROME = ['.nav', '.app-header', '.template-default__nav-toggler-wrapper']

/** Clicks « → <label> » and returns the open drawer of that move. */
export async function openMoveDrawer(page: Page, label: string): Promise<Locator> {
  await page.getByRole('button', { name: `→ ${label}`, exact: true }).click()
  const drawer = page.locator('.drawer--is-open form.move-drawer')
  await drawer.waitFor()
  return drawer
}

/** Confirms the move in its drawer; resolves once the drawer closed and the page says the file moved. */
export async function moveThroughDrawer(page: Page, drawer: Locator, label: string): Promise<void> {
  await drawer.getByRole('button', { name: /Confirmer/ }).click()
  await page.getByRole('status').filter({ hasText: `Dossier passé à « ${label} »` }).waitFor()
  await drawer.waitFor({ state: 'detached' })
}

/** A row of the file's « Historique » (the audit entries of its moves). */
export function timelineRow(page: Page, text: RegExp | string): Locator {
  return page.locator('#field-timeline tr, .field-type.join tr').filter({ hasText: text }).first()
}

/** The seeded funding file of the structure whose name contains `name`. */
export async function fileByStructure(name: string): Promise<{ id: string; reference: string; status: string }> {
  const payload = await localApi()
  const structure = (await payload.find({ collection: 'structures', where: { name: { contains: name } }, limit: 1, overrideAccess: true })).docs[0]
  if (!structure) throw new Error(`fixture: no structure named like « ${name} »`)
  // The seeded one (the oldest): a journey that ran before may have filed another for the same structure.
  const file = (await payload.find({ collection: 'funding-files', where: { structure: { equals: structure.id } }, sort: 'createdAt', limit: 1, overrideAccess: true })).docs[0]
  if (!file) throw new Error(`fixture: no funding file for « ${structure.name} »`)
  return { id: String(file.id), reference: String(file.reference), status: String(file.status) }
}
