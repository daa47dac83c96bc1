/**
 * Child processes of a browser-test run. Each long-running one is started in its own process group, so that
 * stopping it stops what it spawned (next start's own workers) — and only that: teardown signals these groups by
 * the ids recorded at start, never processes found by name.
 */
import { spawn } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs'
import { ROOT, type Step } from '../../../scripts/lib/app-processes'

/** The last lines of a log file, to put in an error message. */
export function tail(file: string, lines = 40): string {
  if (!existsSync(file)) return ''
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')
}

/**
 * Runs a step to its end, its output appended to `logFile`; fails with the log's tail. `running` holds its process
 * group while it runs, for whoever must stop it early.
 */
export function runStep(step: Step, env: NodeJS.ProcessEnv, logFile: string, timeoutMs: number, running?: Set<number>): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = openSync(logFile, 'a')
    const child = spawn(step.command, step.args, { cwd: ROOT, env, stdio: ['ignore', out, out], detached: true })
    closeSync(out)
    if (child.pid) running?.add(child.pid)
    const timer = setTimeout(() => stopGroup(child.pid, 'SIGKILL'), timeoutMs)
    child.once('error', reject)
    child.once('exit', (code, signal) => {
      if (child.pid) running?.delete(child.pid)
      clearTimeout(timer)
      if (code === 0) return resolve()
      reject(new Error(`${step.label} a échoué / failed (exit ${code ?? signal}); ${logFile}:\n${tail(logFile)}`))
    })
  })
}

/** Starts a long-running process in its own group, its output into `logFile`. */
export function startProcess(step: Step, env: NodeJS.ProcessEnv, logFile: string): number {
  const out = openSync(logFile, 'a')
  const child = spawn(step.command, step.args, { cwd: ROOT, env, stdio: ['ignore', out, out], detached: true })
  closeSync(out)
  if (!child.pid) throw new Error(`${step.label}: impossible de démarrer / could not start`)
  // The harness does not wait on it: the group is stopped by pid at teardown.
  child.unref()
  return child.pid
}

export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

export function stopGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return
  try {
    process.kill(-pid, signal)
  } catch {
    // Already gone.
  }
}

/** SIGTERM to each group (graceful: the worker lets its jobs finish), SIGKILL to what is left after `graceMs`. */
export async function stopGroups(pids: number[], graceMs = 8000): Promise<void> {
  for (const pid of pids) stopGroup(pid, 'SIGTERM')
  const deadline = Date.now() + graceMs
  while (pids.some(groupAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
  for (const pid of pids.filter(groupAlive)) stopGroup(pid, 'SIGKILL')
}

/** Last resort when jest itself ends or is interrupted before teardown: kill the groups synchronously. */
export function killGroupsOnExit(pids: () => number[]): void {
  const killAll = () => {
    for (const pid of pids()) stopGroup(pid, 'SIGKILL')
  }
  process.once('exit', killAll)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll()
      process.exit(130)
    })
  }
}
