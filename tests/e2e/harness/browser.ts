/**
 * The browser side of a journey: Debian's Chromium driven by playwright-core, logging in as a person does,
 * saving what the page looked like when a journey fails, and axe-core's verdict on a page.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { appState } from './app'

export type { Browser, Page }

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Without the background-networking flags Chromium keeps calling Google's services (closed network here).
 * Playwright's launch() gives each browser a fresh temporary --user-data-dir of its own and removes it on close;
 * launchPersistentContext would be needed to name it, and a Browser could not be returned.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
]

const contexts = new Set<BrowserContext>()
const pages = new Set<Page>()

export async function openBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium introuvable / not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`)
  }
  // TMPDIR for Chromium's own temporary profile, so each run's leftovers (if killed) sit in one known folder.
  const tmp = mkdtempSync(path.join(tmpdir(), 'essaim-chromium-'))
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, env: { ...process.env, TMPDIR: tmp } })
  browser.once('disconnected', () => rmSync(tmp, { recursive: true, force: true }))
  return browser
}

export interface PageOptions {
  viewport?: { width: number; height: number }
  /** Accept-Language and navigator.language; French by default (the admin's first language). */
  locale?: string
}

/** A page in a context of its own (its own cookies), in Paris time. Tracked so that a failing journey can save it. */
export async function newPage(browser: Browser, opts: PageOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    locale: opts.locale ?? 'fr-FR',
    timezoneId: 'Europe/Paris',
    baseURL: appState().baseUrl,
  })
  contexts.add(context)
  context.once('close', () => contexts.delete(context))
  const page = await context.newPage()
  pages.add(page)
  page.once('close', () => pages.delete(page))
  page.setDefaultTimeout(20_000)
  page.setDefaultNavigationTimeout(45_000)
  return page
}

/** Logs in through the admin's login form, as a person does; resolves once the admin has left the login page. */
export async function loginAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${appState().baseUrl}/admin/login`)
  await page.locator('input[name="email"], #field-email').first().fill(email)
  await page.locator('input[name="password"], #field-password').first().fill(password)
  await page.locator('form button[type="submit"]').first().click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 45_000 })
}

const safe = (name: string) => name.replace(/[^\w.-]+/g, '-').replace(/^-|-$/g, '') || 'journey'

/** Saves a screenshot, the HTML and the address of every open page under e2e-artifacts/<name>/; returns the folder. */
export async function saveArtifacts(name: string): Promise<string> {
  const dir = path.join(appState().artifactsDir, safe(name))
  mkdirSync(dir, { recursive: true })
  let n = 0
  for (const page of pages) {
    n += 1
    try {
      await page.screenshot({ path: path.join(dir, `page-${n}.png`), fullPage: true, timeout: 10_000 })
      writeFileSync(path.join(dir, `page-${n}.html`), `<!-- ${page.url()} -->\n${await page.content()}`)
    } catch (error) {
      writeFileSync(path.join(dir, `page-${n}.error.txt`), `${page.url()}\n${String(error)}`)
    }
  }
  return dir
}

/**
 * Wraps a journey's test body: `it('…', journey('coordinator', async () => { … }), 240_000)`.
 * On failure, every page opened through newPage() is saved (screenshot + HTML) under e2e-artifacts/<name>/ and the
 * error names that folder. Pages still open at the end are closed.
 */
export function journey(name: string, fn: () => Promise<void>): () => Promise<void> {
  return async () => {
    try {
      await fn()
    } catch (error) {
      const dir = await saveArtifacts(name).catch((e: unknown) => `(artifacts not saved: ${String(e)})`)
      const err = error instanceof Error ? error : new Error(String(error))
      err.message = `${err.message}\n\n[e2e] pages saved in / pages enregistrées dans ${dir}`
      throw err
    } finally {
      await Promise.all([...contexts].map((c) => c.close().catch(() => undefined)))
    }
  }
}

interface AxeNode {
  target: unknown[]
  html: string
}
interface AxeResult {
  id: string
  impact?: string | null
  help: string
  nodes: AxeNode[]
}

export interface A11yOptions {
  /** CSS selectors of Payload's own UI to leave out (listed in docs/accessibility.md), never essaim's components. */
  exclude?: string[]
  /** Check only inside these selectors (e.g. an open drawer). */
  include?: string[]
}

const axeSource = (): string => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page as it is now; fails on any serious or critical
 * violation, naming the rule and the elements. Counts per label go to e2e-artifacts/a11y.json for
 * docs/accessibility.md (the excluded selectors are recorded with them).
 */
export async function expectNoSeriousA11y(page: Page, label: string, opts: A11yOptions = {}): Promise<void> {
  // After a server action's redirect, Next streams the new page's <title> after its body: the page has settled when
  // it is there. Waited for a few seconds at most; a page that never gets one still fails on axe's document-title.
  await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: 5_000 }).catch(() => undefined)
  await page.addScriptTag({ content: axeSource() })
  const context = { include: opts.include?.length ? opts.include.map((s) => [s]) : undefined, exclude: (opts.exclude ?? []).map((s) => [s]) }
  const violations = await page.evaluate(async (ctx) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe
    const c = ctx.include ? { include: ctx.include, exclude: ctx.exclude } : { exclude: ctx.exclude }
    const result = await axe.run(c, { resultTypes: ['violations'] })
    return result.violations
  }, context) as AxeResult[]
  const count = (impact: string) => violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0)
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  recordA11y(label, {
    url: new URL(page.url()).pathname,
    critical: count('critical'),
    serious: count('serious'),
    moderate: count('moderate'),
    minor: count('minor'),
    rules: violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}, ${v.nodes.length})`),
    excluded: opts.exclude ?? [],
    checkedAt: new Date().toISOString(),
  })
  if (serious.length) {
    const detail = serious
      .map((v) => `- ${v.id} [${v.impact}] ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}`).join('\n')}`)
      .join('\n')
    throw new Error(`axe: ${serious.length} règle(s) graves / serious rule(s) violated on « ${label} »:\n${detail}`)
  }
}

function recordA11y(label: string, entry: Record<string, unknown>): void {
  const file = path.join(appState().artifactsDir, 'a11y.json')
  mkdirSync(path.dirname(file), { recursive: true })
  const all = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {}
  all[label] = entry
  writeFileSync(file, JSON.stringify(all, null, 2) + '\n')
}
