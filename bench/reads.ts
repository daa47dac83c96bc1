/**
 * Reads: published stories and programmes through REST, requests/s and p99 with autocannon (loopback, bounded
 * duration per endpoint, BENCH_READS_CONNECTIONS connections).
 *
 * Each pair is measured interleaved in slices (A B A B…), so that the shared machine's changing load falls on both.
 * 1. The product as deployed: `next start` (production build; built once with `next build` when .next/BUILD_ID
 *    is missing) on a bench SQLite file prepared like the demo: `payload migrate`, then `scripts/seed.ts`.
 *    Anonymous GET /api/stories?limit=10 and /api/programmes?limit=10.
 * 2. The ratio: one plain Node server (bench/lib/rest-server.ts: Payload's `handleEndpoints`, no Next.js) on a
 *    database seeded the same way (its schema pushed by Payload rather than migrated) serves both `/api/stories` (essaim's access functions and hooks) and `/api/bench-stories`
 *    (the same fields and the same published documents, no essaim hooks or access, filtered on
 *    `_status = published` as essaim's access does for the public); same for programmes. Same process, stack and
 *    database: the ratio is what essaim's read path costs. Target ≥ 0.9.
 *
 *   npx tsx bench/reads.ts        (BENCH_READS_SECONDS=8, BENCH_READS_CONNECTIONS=8)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import Database from 'libsql'
import { freePort } from './lib/env'
import { dropQueuePrefix } from './lib/redis'
import { emit, intArg, loadSampler, note, round, waitUntil } from './lib/report'

const SECONDS = intArg('BENCH_READS_SECONDS', 8)
const CONNECTIONS = intArg('BENCH_READS_CONNECTIONS', 8)
const SLICES = intArg('BENCH_READS_SLICES', 4)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
const dir = mkdtempSync(path.join(tmpdir(), 'essaim-bench-reads-'))
const dbFile = path.join(dir, 'reads.db')
const restDbFile = path.join(dir, 'reads-rest.db')
const prefix = `bench-reads-${randomBytes(4).toString('hex')}`
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const children: ChildProcess[] = []
let exitCode = 0

const baseEnv = async (): Promise<NodeJS.ProcessEnv> => ({
  ...process.env,
  PAYLOAD_SECRET: `bench-${randomBytes(12).toString('hex')}`,
  REDIS_URL: redisUrl,
  QUEUE_PREFIX: prefix,
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(await freePort()),
  LOG_LEVEL: 'error',
  NEXT_TELEMETRY_DISABLED: '1',
})

function run(what: string, command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): void {
  note(`reads: ${what}`)
  const result = spawnSync(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`${what} failed (status ${result.status}, signal ${result.signal}): ${(result.stderr || result.stdout).slice(-1500)}`)
  }
}

/** Starts a long-running child in its own process group (so that stopping it stops what it spawned). */
function start(command: string, args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  let output = ''
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  child.stdout?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)))
  child.stderr?.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)))
  children.push(child)
  return { child, output: () => output }
}

async function stopAll(): Promise<void> {
  for (const child of children) {
    if (child.pid === undefined || child.exitCode !== null) continue
    const exited = new Promise((r) => child.once('exit', r))
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
    if (child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
    }
  }
}

function hasTable(file: string, table: string): boolean {
  const db = new Database(file)
  try {
    return Boolean(db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table))
  } finally {
    db.close()
  }
}

async function fetchJson(url: string): Promise<{ status: number; totalDocs?: number }> {
  const response = await fetch(url)
  const body = (await response.json().catch(() => ({}))) as { totalDocs?: number }
  return { status: response.status, totalDocs: body.totalDocs }
}

interface Figures {
  reqPerSec: number
  /** The worst of the slices' medians and 99th percentiles. */
  p50Ms: number
  p99Ms: number
  non2xx: number
  errors: number
}

/**
 * Measures the given endpoints for SECONDS each, interleaved in SLICES slices (A B A B…) after a short warm-up of
 * each, so that a change in the machine's load (shared, busy) falls on every endpoint alike.
 */
async function hammer(urls: Record<string, string>): Promise<Record<string, Figures>> {
  const totals: Record<string, { requests: number; seconds: number; p50: number; p99: number; non2xx: number; errors: number }> = {}
  for (const [name, url] of Object.entries(urls)) {
    await autocannon({ url, connections: CONNECTIONS, duration: 2 })
    totals[name] = { requests: 0, seconds: 0, p50: 0, p99: 0, non2xx: 0, errors: 0 }
  }
  const slice = Math.max(1, Math.round(SECONDS / SLICES))
  for (let i = 0; i < SLICES; i++) {
    for (const [name, url] of Object.entries(urls)) {
      const result = await autocannon({ url, connections: CONNECTIONS, duration: slice, timeout: 10 })
      const t = totals[name]
      t.requests += result.requests.total
      t.seconds += result.duration
      t.p50 = Math.max(t.p50, result.latency.p50)
      t.p99 = Math.max(t.p99, result.latency.p99)
      t.non2xx += result.non2xx
      t.errors += result.errors
    }
  }
  return Object.fromEntries(
    Object.entries(totals).map(([name, t]) => [
      name,
      { reqPerSec: round(t.requests / t.seconds, 1), p50Ms: t.p50, p99Ms: t.p99, non2xx: t.non2xx, errors: t.errors },
    ]),
  )
}

try {
  const load = loadSampler()
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    run('next build (no .next/BUILD_ID; ~2 min)', bin('next'), ['build'], { ...(await baseEnv()), NODE_ENV: 'production' } as NodeJS.ProcessEnv, 480_000)
  }
  const env = { ...(await baseEnv()), NODE_ENV: 'production', DATABASE_URI: `file:${dbFile}` } as NodeJS.ProcessEnv
  // scripts/migrate.ts, not the payload CLI (which exited 0 without migrating now and then): still checked.
  run('migrate (scripts/migrate.ts)', process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], env, 180_000)
  if (!hasTable(dbFile, 'users')) throw new Error('the migrations left no schema (users table missing)')
  run('seed (scripts/seed.ts)', bin('tsx'), ['scripts/seed.ts'], env, 240_000)
  // The REST server's database is seeded the same way on a schema Payload pushed itself (not migrated): it then
  // adds the clone collections' tables by pushing again. Pushing onto the migrated schema fails since migration
  // 20261128_231708 (its foreign keys differ from the pushed ones, so drizzle rebuilds a table and copies columns
  // it has not created yet).
  const restEnv = { ...(await baseEnv()), NODE_ENV: 'test', DATABASE_URI: `file:${restDbFile}` } as NodeJS.ProcessEnv
  run('seed of the REST server\'s database (schema pushed)', bin('tsx'), ['scripts/seed.ts'], restEnv, 240_000)

  const nextPort = await freePort()
  const next = start(bin('next'), ['start', '-p', String(nextPort), '-H', '127.0.0.1'], { ...env, SERVER_URL: `http://127.0.0.1:${nextPort}` })
  const restPort = await freePort()
  // Not production: the clone collections' tables are pushed into its database.
  const rest = start(bin('tsx'), ['bench/lib/rest-server.ts', String(restPort)], restEnv)
  const nextUrl = `http://127.0.0.1:${nextPort}`
  const restUrl = `http://127.0.0.1:${restPort}`
  await waitUntil(
    'next start to serve /api/stories',
    async () => (await fetchJson(`${nextUrl}/api/stories?limit=1`).catch(() => ({ status: 0 }))).status === 200,
    90_000,
    500,
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n${next.output().slice(-1500)}`)
  })
  await waitUntil('the REST server to be ready', () => /ready \d+/.test(rest.output()), 120_000, 250).catch((error: Error) => {
    throw new Error(`${error.message}\n${rest.output().slice(-1500)}`)
  })

  const published = '&where[_status][equals]=published'
  const endpoints = {
    nextStories: `${nextUrl}/api/stories?limit=10`,
    nextProgrammes: `${nextUrl}/api/programmes?limit=10`,
    restStories: `${restUrl}/api/stories?limit=10`,
    restBareStories: `${restUrl}/api/bench-stories?limit=10${published}`,
    restProgrammes: `${restUrl}/api/programmes?limit=10`,
    restBareProgrammes: `${restUrl}/api/bench-programmes?limit=10${published}`,
  }
  // Same documents on both sides of each ratio, or the ratio means nothing.
  const docs: Record<string, number | undefined> = {}
  for (const [name, url] of Object.entries(endpoints)) {
    const { status, totalDocs } = await fetchJson(url)
    if (status !== 200) throw new Error(`${name}: HTTP ${status} for ${url}`)
    docs[name] = totalDocs
  }
  if (docs.restStories !== docs.restBareStories || docs.restProgrammes !== docs.restBareProgrammes) {
    throw new Error(`the clone collections do not hold the same published documents: ${JSON.stringify(docs)}`)
  }

  note(`reads: next start, stories and programmes, ${SECONDS} s each`)
  const nextResults = await hammer({ nextStories: endpoints.nextStories, nextProgrammes: endpoints.nextProgrammes })
  note(`reads: handleEndpoints, stories vs bare clone, ${SECONDS} s each`)
  const storyResults = await hammer({ restStories: endpoints.restStories, restBareStories: endpoints.restBareStories })
  note(`reads: handleEndpoints, programmes vs bare clone, ${SECONDS} s each`)
  const programmeResults = await hammer({ restProgrammes: endpoints.restProgrammes, restBareProgrammes: endpoints.restBareProgrammes })
  const results = { ...nextResults, ...storyResults, ...programmeResults }
  const storiesRatio = results.restStories.reqPerSec / results.restBareStories.reqPerSec
  const programmesRatio = results.restProgrammes.reqPerSec / results.restBareProgrammes.reqPerSec
  emit('reads', {
    seconds: SECONDS,
    connections: CONNECTIONS,
    documents: docs,
    nextStart: { stories: results.nextStories, programmes: results.nextProgrammes },
    handleEndpoints: {
      stories: results.restStories,
      bareStories: results.restBareStories,
      programmes: results.restProgrammes,
      bareProgrammes: results.restBareProgrammes,
    },
    baseline: "same server (handleEndpoints), same documents in a clone collection without essaim's hooks/access",
    ratio: { stories: round(storiesRatio, 3), programmes: round(programmesRatio, 3) },
    target: '>= 0.9',
    met: storiesRatio >= 0.9 && programmesRatio >= 0.9,
    load: load.stop(),
  })
} catch (error) {
  exitCode = 1
  note(`reads failed: ${error instanceof Error ? error.stack : String(error)}`)
  emit('reads', { error: error instanceof Error ? error.message.slice(0, 2000) : String(error) })
} finally {
  await stopAll()
  await dropQueuePrefix(redisUrl, prefix).catch(() => undefined)
  rmSync(dir, { recursive: true, force: true })
  process.exit(exitCode)
}
