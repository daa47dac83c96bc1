/**
 * Speed a person feels in the admin (issue 15): in a real Chromium against the built app (the browser-test harness
 * starts it: next build unless E2E_REUSE_BUILD=1, next start, worker, mail catcher, fresh seeded SQLite), the time
 * from navigation until
 *  - the funding-file edit view shows its move buttons and its linked names (structure, session), against a plain
 *    collection's edit view (a structure: its name field) — target ≤ 1.5×;
 *  - the funding-files list shows its rows, against the structures list.
 * Median of BENCH_VIEW_RUNS (5) loads each, alternating, after one warm-up load of each. One JSON line on stdout.
 */
import type { Page } from 'playwright-core'
import globalSetup from '../tests/e2e/harness/global-setup'
import globalTeardown from '../tests/e2e/harness/global-teardown'
import { localApi, closeLocalApi } from '../tests/e2e/harness/app'
import { loginAs, newPage, openBrowser } from '../tests/e2e/harness/browser'
import { intArg, machine, percentile, round } from './lib/report'

const RUNS = intArg('BENCH_VIEW_RUNS', 5)

/** Where a load's time went (edit view only): the document's HTML complete, then the move buttons visible. */
const splits: { htmlMs: number[]; buttonsMs: number[] } = { htmlMs: [], buttonsMs: [] }

async function timed(page: Page, url: string, ready: (page: Page) => Promise<void>, split = false): Promise<number> {
  const start = performance.now()
  const response = await page.goto(url, { waitUntil: 'commit' })
  const html = response?.finished().then(() => performance.now() - start)
  const buttons = split ? page.locator('.move-buttons button').first().waitFor().then(() => performance.now() - start) : undefined
  await ready(page)
  const total = performance.now() - start
  if (split) {
    splits.htmlMs.push(await (html ?? Promise.resolve(Number.NaN)))
    splits.buttonsMs.push(await (buttons ?? Promise.resolve(Number.NaN)))
  }
  return total
}

const named = (page: Page, field: string) =>
  page.locator(`#field-${field} .rs__single-value`).filter({ hasNotText: /^\s*$|Sans titre|Untitled/ }).first().waitFor()

async function main(): Promise<void> {
  const started = Date.now()
  await globalSetup()
  const browser = await openBrowser()
  try {
    const payload = await localApi()
    const file = (await payload.find({ collection: 'funding-files', where: { status: { equals: 'submitted' } }, limit: 1, overrideAccess: true })).docs[0]
    const structure = (await payload.find({ collection: 'structures', limit: 1, overrideAccess: true })).docs[0]
    if (!file || !structure) throw new Error('demo data missing: a filed funding file and a structure')
    const page = await newPage(browser)
    await loginAs(page, 'coordination@essaim.local', 'essaim-coord')
    type View = { url: string; ready: (p: Page) => Promise<void> }
    const views: Record<'fileEdit' | 'plainEdit' | 'fileList' | 'plainList', View> = {
      fileEdit: {
        url: `/admin/collections/funding-files/${file.id}`,
        ready: async (p) => {
          await p.locator('.move-buttons button').first().waitFor()
          await Promise.all([named(p, 'structure'), named(p, 'session')])
        },
      },
      plainEdit: {
        url: `/admin/collections/structures/${structure.id}`,
        ready: async (p) => {
          await p.locator('#field-name').waitFor()
          await p.locator('#action-save').waitFor()
        },
      },
      fileList: { url: '/admin/collections/funding-files', ready: (p) => p.locator('table tbody tr').first().waitFor() },
      plainList: { url: '/admin/collections/structures', ready: (p) => p.locator('table tbody tr').first().waitFor() },
    }
    const times: Record<keyof typeof views, number[]> = { fileEdit: [], plainEdit: [], fileList: [], plainList: [] }
    const names = Object.keys(views) as (keyof typeof views)[]
    // One warm-up load of each (first load of each route's chunks), then RUNS rounds, alternating.
    for (const name of names) await timed(page, views[name].url, views[name].ready)
    for (let i = 0; i < RUNS; i++) {
      for (const name of names) times[name].push(await timed(page, views[name].url, views[name].ready, name === 'fileEdit'))
    }
    const median = (name: keyof typeof views) => round(percentile(times[name], 50), 0)
    console.log(
      JSON.stringify({
        bench: 'browser-views',
        runs: RUNS,
        editMs: { fundingFile: median('fileEdit'), plain: median('plainEdit'), ratio: round(median('fileEdit') / median('plainEdit')) },
        // The edit view's load split: server-rendered HTML complete, then the move buttons visible.
        fileEditSplitMs: { html: round(percentile(splits.htmlMs, 50), 0), buttonsVisible: round(percentile(splits.buttonsMs, 50), 0) },
        listMs: { fundingFiles: median('fileList'), plain: median('plainList'), ratio: round(median('fileList') / median('plainList')) },
        target: '≤ 1.5× the plain view',
        samplesMs: Object.fromEntries(names.map((n) => [n, times[n].map((t) => round(t, 0))])),
        machine: machine(),
        seconds: round((Date.now() - started) / 1000, 0),
      }),
    )
  } finally {
    await browser.close()
    await closeLocalApi()
    await globalTeardown()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.log(JSON.stringify({ bench: 'browser-views', error: String(error instanceof Error ? error.message : error) }))
    process.exit(1)
  },
)
