/**
 * jest globalTeardown of the e2e project: stops exactly the process groups global-setup started (web, worker),
 * SIGKILL after a grace period, closes the mail catcher, drops the run's Redis keys, keeps the app's logs in
 * e2e-artifacts/logs/ and removes the run folder.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { dropQueuePrefix } from '../../helpers/redis-cleanup'
import { globals } from './global-setup'
import { groupAlive, stopGroups } from './processes'

export default async function globalTeardown(): Promise<void> {
  const run = globals.__essaimE2E
  if (!run?.state) return
  const { state } = run
  // A preparation still running (the journeys were not reached, or ended first): stopped, then waited for.
  await stopGroups([...run.steps])
  await run.prepared
  const pids = state.pids.map((p) => p.pid)
  await stopGroups(pids)
  const left = pids.filter(groupAlive)
  // Stopped: the exit-time safety net (killGroupsOnExit) must not signal these ids again, they may be reused.
  if (left.length === 0) state.pids.length = 0
  await run.mailCatcher?.close()
  await dropQueuePrefix(state.redisUrl, state.queuePrefix).catch(() => undefined)
  const logs = path.join(state.artifactsDir, 'logs')
  mkdirSync(logs, { recursive: true })
  for (const file of readdirSync(state.runDir).filter((f) => f.endsWith('.log'))) {
    copyFileSync(path.join(state.runDir, file), path.join(logs, file))
  }
  if (process.env.E2E_KEEP_RUN !== '1') rmSync(state.runDir, { recursive: true, force: true })
  globals.__essaimE2E = undefined
  if (left.length) throw new Error(`processus encore vivants / processes still alive: ${left.join(', ')}`)
}
