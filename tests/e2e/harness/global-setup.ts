/**
 * jest globalSetup of the e2e project: the app as a user gets it, once for all journeys.
 * `next build` into NEXT_DIST_DIR (default .next-e2e; skipped with E2E_REUSE_BUILD=1 when a build is there),
 * in parallel with a fresh SQLite file migrated and seeded with the demo; then the mail catcher (in this process,
 * .eml files), the worker and `next start` on free loopback ports, with a queue prefix of their own.
 *
 * In the background: jest runs the journeys after the unit and integration files, so the app is prepared while they
 * run, at the lowest CPU priority (`nice`: they keep the cores they need, the build takes the idle time), instead of
 * two minutes before them. Each journey file waits for the state file first (timeouts.ts, waitForApp); a preparation
 * that failed leaves its error beside it, and every journey fails with it.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { appEnv, BUILD, MIGRATE, ROOT, SEED, WORKER, webStep, type Step } from '../../../scripts/lib/app-processes'
import { startMailCatcher, type MailCatcher } from '../../../src/lib/mail-catcher'
import { redisAnswers } from '../../../src/lib/redis'
import { freePort } from '../../helpers/test-env'
import { killGroupsOnExit, runStep, startProcess, stopGroups, tail } from './processes'
import { artifactsDir, STATE_ENV, writeFailure, writeState, type AppState } from './state'

/** What teardown needs that a JSON file cannot carry. */
export interface E2EGlobals {
  state?: AppState
  mailCatcher?: MailCatcher
  /** The background preparation: teardown waits for it to settle. */
  prepared?: Promise<void>
  /** Process groups of the preparation's steps still running (build, migrate, seed): teardown stops them. */
  steps: Set<number>
}
export const globals = globalThis as typeof globalThis & { __essaimE2E?: E2EGlobals }

const log = (line: string) => process.stdout.write(`[e2e] ${line}\n`)

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, failEarly: () => string | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const failure = failEarly()
    if (failure) throw new Error(`${what}: ${failure}`)
    if (await check()) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${what}: pas prêt après / not ready after ${Math.round(timeoutMs / 1000)} s`)
}

/**
 * Runs an idempotent step until its log shows the line it prints when done, three times at most: a step that ended
 * with status 0 without its line (the payload CLI's migrate did, under load, before scripts/migrate.ts replaced
 * it) would leave the next one an empty database.
 */
async function runConfirmed(
  run: (step: Step, env: NodeJS.ProcessEnv, logFile: string) => Promise<void>,
  step: Step,
  env: NodeJS.ProcessEnv,
  logFile: string,
  doneMarker: string,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await run(step, env, logFile)
    if (readFileSync(logFile, 'utf8').includes(doneMarker)) return
    if (attempt === 3) throw new Error(`${step.label}: ended three times without finishing; ${logFile}:\n${tail(logFile)}`)
    log(`${step.label}: ended without « ${doneMarker} », attempt ${attempt + 1}`)
  }
}

export default async function globalSetup(): Promise<void> {
  const started = Date.now()
  const globals_: E2EGlobals = { steps: new Set() }
  globals.__essaimE2E = globals_
  const runDir = mkdtempSync(path.join(tmpdir(), 'essaim-e2e-'))
  const distDir = process.env.NEXT_DIST_DIR || '.next-e2e'
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
  if (!(await redisAnswers(redisUrl))) throw new Error(`Redis ne répond pas / does not answer at ${redisUrl}`)
  const [port, smtpPort] = [await freePort(), await freePort()]
  const state: AppState = {
    baseUrl: `http://localhost:${port}`,
    mailDir: path.join(runDir, 'mail'),
    databaseFile: path.join(runDir, 'essaim.db'),
    queuePrefix: `e2e-${randomBytes(4).toString('hex')}`,
    artifactsDir: artifactsDir(),
    runDir,
    redisUrl,
    payloadSecret: randomBytes(24).toString('hex'),
    smtpPort,
    pids: [],
    logs: { web: path.join(runDir, 'web.log'), worker: path.join(runDir, 'worker.log') },
  }
  mkdirSync(state.artifactsDir, { recursive: true })
  const env = appEnv({
    port,
    smtpPort,
    databaseUri: `file:${state.databaseFile}`,
    payloadSecret: state.payloadSecret,
    redisUrl,
    queuePrefix: state.queuePrefix,
    distDir,
    extra: { RELAY_POLL_MS: '1000', MAIL_RATE_PER_SECOND: '0', WORKER_SHUTDOWN_TIMEOUT_MS: '3000', LOG_LEVEL: 'info' },
  })
  globals_.state = state
  killGroupsOnExit(() => [...state.pids.map((p) => p.pid), ...globals_.steps])
  const file = path.join(runDir, 'state.json')
  // Known now, written when the app answers: the journeys' environments inherit it.
  process.env[STATE_ENV] = file
  globals_.prepared = prepare(state, env, globals_, file, started).catch((error: unknown) => {
    writeFailure(file, error)
    log(`préparation échouée / preparation failed: ${error instanceof Error ? error.message : String(error)}`)
  })
  log(`app en préparation en arrière-plan / being prepared in the background (run folder ${runDir})`)
}

const niced = (step: Step): Step => ({ ...step, command: 'nice', args: ['-n', '19', step.command, ...step.args] })

async function prepare(state: AppState, env: NodeJS.ProcessEnv, globals_: E2EGlobals, file: string, started: number): Promise<void> {
  const { runDir } = state
  const distDir = process.env.NEXT_DIST_DIR || '.next-e2e'
  const step = (s: Step, stepEnv: NodeJS.ProcessEnv, logFile: string) => runStep(niced(s), stepEnv, logFile, 15 * 60_000, globals_.steps)
  try {
    const reuse = process.env.E2E_REUSE_BUILD === '1' && existsSync(path.join(ROOT, distDir, 'BUILD_ID'))
    const build = reuse
      ? (log(`build reused: ${distDir}`), Promise.resolve())
      : (log(`next build → ${distDir} (log ${runDir}/build.log)`), step(BUILD, env, path.join(runDir, 'build.log')))
    const database = (async () => {
      await runConfirmed(step, MIGRATE, env, path.join(runDir, 'migrate.log'), 'Done.')
      // The demo without its second federation: the journeys start from PACA alone, and the ones about federations
      // make (and remove) their own second one.
      await runConfirmed(step, SEED, { ...env, SEED_SECOND_FEDERATION: '0' }, path.join(runDir, 'seed.log'), 'demo data:')
    })()
    // Both settle before going on, so that a failure of one never leaves the other running unattended.
    const [built, seeded] = await Promise.allSettled([build, database])
    for (const result of [built, seeded]) if (result.status === 'rejected') throw result.reason
    log(`build + database ready in ${Math.round((Date.now() - started) / 1000)} s`)

    globals_.mailCatcher = await startMailCatcher({ port: state.smtpPort, dir: state.mailDir })
    // `nice` execs the command: the recorded pid is the worker's (and web's) own, the leader of its group.
    state.pids.push({ name: 'worker', pid: startProcess(niced(WORKER), env, state.logs.worker) })
    state.pids.push({ name: 'web', pid: startProcess(niced(webStep(Number(new URL(state.baseUrl).port), '127.0.0.1')), env, state.logs.web) })
    const exited = () => {
      for (const { name, pid } of state.pids) {
        try {
          process.kill(pid, 0)
        } catch {
          return `${name} s’est arrêté / exited:\n${tail(name === 'web' ? state.logs.web : state.logs.worker)}`
        }
      }
      return undefined
    }
    await waitFor('web', async () => {
      try {
        const res = await fetch(`${state.baseUrl}/admin/login`, { signal: AbortSignal.timeout(20_000) })
        return res.ok
      } catch {
        return false
      }
    }, 300_000, exited)
    await waitFor('worker', async () => tail(state.logs.worker, 200).includes('worker ready'), 180_000, exited)
    writeState(file, state)
    log(`app ready at ${state.baseUrl} in ${Math.round((Date.now() - started) / 1000)} s (run folder ${runDir})`)
  } catch (error) {
    // Nothing left running; teardown keeps the logs in e2e-artifacts/logs and removes the run folder.
    await stopGroups([...state.pids.map((p) => p.pid), ...globals_.steps], 3000)
    state.pids.length = 0
    await globals_.mailCatcher?.close()
    globals_.mailCatcher = undefined
    throw error
  }
}
