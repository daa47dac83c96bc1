/**
 * `npm run bench`: runs every benchmark one after the other, each in its own process (its own SQLite file, queue
 * prefix and SMTP port), and prints each one's JSON line on stdout as it comes; progress goes to stderr.
 * Each benchmark has a time limit, and the suite has one (BENCH_SUITE_BUDGET_S, 570 s): a benchmark that would
 * start past the budget is skipped with a JSON line saying so. `BENCH_ONLY=latency,scale` runs a subset.
 * Exit status 1 when a benchmark failed (its JSON line carries `error`), 0 otherwise — a missed target is a
 * figure, not a failure.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { intArg, note } from './lib/report'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SUITE_BUDGET_MS = intArg('BENCH_SUITE_BUDGET_S', 570) * 1000

/** Name, and the most it may take here (it stops itself earlier; this is the backstop). */
const BENCHMARKS: [string, number][] = [
  ['pipeline-throughput', 240_000],
  ['latency', 240_000],
  ['scale', 240_000],
  ['reads', 600_000],
  ['bulk-mail', 240_000],
  ['import-structures', 180_000],
]

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean)
const started = Date.now()
let failed = 0

/** A benchmark that said `boot: Payload` but not `boot: ready` within this is stuck in start-up (seen rarely here). */
const BOOT_LIMIT_MS = 120_000

function runOne(name: string, limitMs: number): Promise<{ line?: string; stuckAtBoot: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join('bench', `${name}.ts`)], {
      cwd: root,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let line: string | undefined
    let buffer = ''
    let booting = false
    let stuckAtBoot = false
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString()
      process.stderr.write(text)
      if (text.includes('boot: Payload')) booting = true
      if (text.includes('boot: ready')) booting = false
    })
    const bootTimer = setTimeout(() => {
      if (!booting) return
      stuckAtBoot = true
      note(`${name}: still booting after ${BOOT_LIMIT_MS / 1000} s, stopping it`)
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5000).unref()
    }, BOOT_LIMIT_MS)
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      let nl: number
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const text = buffer.slice(0, nl)
        buffer = buffer.slice(nl + 1)
        if (text.startsWith('{"bench"')) line = text
        else if (text.trim()) process.stderr.write(`[${name}] ${text}\n`)
      }
    })
    const timer = setTimeout(() => {
      note(`${name}: over ${limitMs / 1000} s, stopping it`)
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5000).unref()
    }, limitMs)
    child.on('exit', () => {
      clearTimeout(timer)
      clearTimeout(bootTimer)
      resolve({ line, stuckAtBoot })
    })
  })
}

for (const [name, limitMs] of BENCHMARKS) {
  if (only && !only.includes(name)) continue
  const elapsed = Date.now() - started
  if (elapsed > SUITE_BUDGET_MS) {
    process.stdout.write(`${JSON.stringify({ bench: name, skipped: `suite budget of ${SUITE_BUDGET_MS / 1000} s reached` })}\n`)
    continue
  }
  note(`${name}: starting (${Math.round(elapsed / 1000)} s into the suite)`)
  const t0 = Date.now()
  let { line, stuckAtBoot } = await runOne(name, Math.min(limitMs, SUITE_BUDGET_MS + 60_000 - (Date.now() - started)))
  if (!line && stuckAtBoot && Date.now() - started < SUITE_BUDGET_MS) {
    note(`${name}: once more`)
    ;({ line } = await runOne(name, Math.min(limitMs, SUITE_BUDGET_MS + 60_000 - (Date.now() - started))))
  }
  note(`${name}: done in ${Math.round((Date.now() - t0) / 1000)} s`)
  const result = line ?? JSON.stringify({ bench: name, error: 'no result line (killed or crashed)' })
  if (!line || JSON.parse(line).error) failed += 1
  process.stdout.write(`${result}\n`)
}
note(`suite: ${Math.round((Date.now() - started) / 1000)} s, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
