/**
 * The built app for the security tests that need the real Next server (headers, CSP in a browser): the browser-test
 * harness (tests/e2e/harness) started from a test file instead of jest's globalSetup — `next build` into its own
 * folder (NEXT_DIST_DIR, .next-h3 by default; reused with E2E_REUSE_BUILD=1 when a build is there), a fresh
 * migrated and seeded SQLite file, the mail catcher, the worker and `next start` on loopback.
 * Also a second `next start` of the same build under another SERVER_URL (the https case), stopped by its own pid.
 */
import path from 'node:path'
import { appEnv, webStep } from '../../../scripts/lib/app-processes'
import globalSetup, { globals } from '../../e2e/harness/global-setup'
import globalTeardown from '../../e2e/harness/global-teardown'
import { STATE_ENV, readState, type AppState } from '../../e2e/harness/state'
import { startProcess, stopGroups, tail } from '../../e2e/harness/processes'
import { freePort } from '../../helpers/test-env'

export const BUILT_APP_TIMEOUT_MS = 25 * 60_000

/**
 * In `npm test` the browser-test project's global setup has already built and started the app (E2E_STATE_FILE is
 * set): these tests use it rather than build a second time. Alone, they start their own.
 */
let shared: AppState | undefined
let own = false

function running(): AppState {
  const state = shared ?? globals.__essaimE2E?.state
  if (!state) throw new Error('start the built app first')
  return state
}

export async function startBuiltApp(): Promise<{ baseUrl: string }> {
  if (process.env[STATE_ENV]) {
    shared = readState()
    return { baseUrl: shared.baseUrl }
  }
  process.env.NEXT_DIST_DIR ??= '.next-h3'
  own = true
  await globalSetup()
  return { baseUrl: running().baseUrl }
}

export async function stopBuiltApp(): Promise<void> {
  if (own) await globalTeardown()
}

/** Another web process on the same build and database, as deployed behind https at `serverUrl`. */
export async function startWebAs(serverUrl: string): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const state = running()
  const port = await freePort()
  const env = appEnv({
    port,
    smtpPort: state.smtpPort,
    databaseUri: `file:${state.databaseFile}`,
    payloadSecret: state.payloadSecret,
    redisUrl: state.redisUrl,
    queuePrefix: state.queuePrefix,
    serverUrl,
    // The harness's default build folder when it started the app (the browser-test project's setup).
    distDir: process.env.NEXT_DIST_DIR || '.next-e2e',
    extra: { LOG_LEVEL: 'warn' },
  })
  const log = path.join(state.runDir, `web-${port}.log`)
  const pid = startProcess(webStep(port, '127.0.0.1'), env, log)
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/api/users/me`, { signal: AbortSignal.timeout(10_000) })).ok) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stopGroups([pid], 2000)
      throw new Error(`second web process not ready after 120 s:\n${tail(log)}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return { baseUrl, stop: () => stopGroups([pid], 5000) }
}
