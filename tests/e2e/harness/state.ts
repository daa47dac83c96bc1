/**
 * The running app of one browser-test run, as global-setup writes it and app.ts / global-teardown read it.
 * The file's path travels in E2E_STATE_FILE (set by global-setup, inherited by jest's workers), so two runs in
 * one checkout (each with its own NEXT_DIST_DIR) never read each other's state.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../../../scripts/lib/app-processes'

export interface AppState {
  baseUrl: string
  mailDir: string
  databaseFile: string
  queuePrefix: string
  artifactsDir: string
  /** Everything the harness made for this run (database, mails, logs, state): removed at teardown. */
  runDir: string
  redisUrl: string
  payloadSecret: string
  smtpPort: number
  /** Process-group leaders the harness started (web, worker): teardown signals these groups and nothing else. */
  pids: { name: string; pid: number }[]
  logs: { web: string; worker: string }
}

export const STATE_ENV = 'E2E_STATE_FILE'

/** Where failure screenshots, page HTML and a11y.json go (E2E_ARTIFACTS_DIR overrides e2e-artifacts/). */
export const artifactsDir = (): string => path.resolve(ROOT, process.env.E2E_ARTIFACTS_DIR ?? 'e2e-artifacts')

export function writeState(file: string, state: AppState): void {
  writeFileSync(file, JSON.stringify(state, null, 2))
}

/** Beside the state file when the background preparation failed: its error, for every journey to fail with. */
const failureFile = (file: string) => `${file}.failed`

export function writeFailure(file: string, error: unknown): void {
  writeFileSync(failureFile(file), error instanceof Error ? (error.stack ?? error.message) : String(error))
}

/** Waits until the app prepared in the background answers (its state file written), or fails with its error. */
export async function waitForApp(timeoutMs: number): Promise<void> {
  const file = process.env[STATE_ENV]
  if (!file) return // readState says what is wrong
  const deadline = Date.now() + timeoutMs
  while (!existsSync(file)) {
    if (existsSync(failureFile(file))) {
      throw new Error(`L’application des tests de navigateur n’a pas démarré / the browser tests' app did not start:\n${readFileSync(failureFile(file), 'utf8')}`)
    }
    if (Date.now() > deadline) throw new Error(`L’application n’est pas prête après / the app is not ready after ${Math.round(timeoutMs / 1000)} s`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

export function readState(): AppState {
  const file = process.env[STATE_ENV]
  if (!file) {
    throw new Error(
      'Pas d’application démarrée : lancez les tests de navigateur avec `npm run test:e2e` / ' +
        'no app running: run the browser tests with `npm run test:e2e` (E2E_STATE_FILE is unset)',
    )
  }
  return JSON.parse(readFileSync(file, 'utf8')) as AppState
}
