/**
 * The libsql connection build-up, alone: N write transactions (one small INSERT each, as a bookkeeping write does)
 * on a fresh SQLite file in WAL mode, with the stock @libsql/client (each transaction keeps its connection until a
 * GC finalises it) and with the product's client (src/lib/sqlite-connections.ts: owned connections, reused or
 * closed). Each side runs in a child process of its own so that neither inherits the other's heap. Reported per
 * side: seconds, the most file descriptors open, RSS at the end, the longest event-loop pause, and how long a full
 * GC then blocks the process (the stock client's connections are closed by it).
 *
 *   npx tsx bench/sqlite-connections.ts        (BENCH_TX_N=5000)
 */
import { fork } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { createClient, type Client } from '@libsql/client'
import { startProbe, type ProbeSample } from './lib/loop-probe'
import { emit, intArg, note, round } from './lib/report'
import { createOwnedClient } from '../src/lib/sqlite-connections'

const N = intArg('BENCH_TX_N', 5000)
type Side = 'stock' | 'owned'

interface SideResult {
  side: Side
  seconds: number
  fdsMax: number
  rssMbStart: number
  rssMbEnd: number
  maxPauseMs: number
  /** How long one full GC (global.gc) blocked the process after the run, and the descriptors left after it. */
  fullGcMs: number
  fdsAfterGc: number
}

async function runSide(side: Side): Promise<SideResult> {
  const dir = mkdtempSync(path.join(tmpdir(), `essaim-bench-tx-${side}-`))
  const config = { url: `file:${path.join(dir, 'tx.db')}` }
  const client: Client = side === 'stock' ? createClient(config) : createOwnedClient(config)
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)')
  const samples: ProbeSample[] = []
  const probe = startProbe(250, (s) => samples.push(s))
  const rssStart = process.memoryUsage().rss
  const t0 = performance.now()
  for (let i = 0; i < N; i++) {
    const tx = await client.transaction('write')
    await tx.execute({ sql: 'INSERT INTO t (v) VALUES (?)', args: [`row ${i}`] })
    await tx.commit()
    // What Payload does between transactions: a read on the client.
    if (i % 10 === 0) await client.execute('SELECT count(*) FROM t')
    // Let the probe's timer run, as the event loop of a real process would between jobs.
    if (i % 100 === 0) await new Promise((r) => setImmediate(r))
  }
  const seconds = (performance.now() - t0) / 1000
  await new Promise((r) => setTimeout(r, 600))
  probe.stop()
  // The full GC a long-running process meets sooner or later: with the stock client it finalises (closes) every
  // connection the transactions left behind, on the event loop.
  const gc = (globalThis as { gc?: () => void }).gc
  const g0 = performance.now()
  gc?.()
  const fullGcMs = performance.now() - g0
  const fdsAfterGc = openFds()
  client.close()
  rmSync(dir, { recursive: true, force: true })
  return {
    side,
    seconds: round(seconds, 1),
    fdsMax: Math.max(...samples.map((s) => s.fds)),
    rssMbStart: round(rssStart / 2 ** 20, 1),
    rssMbEnd: samples[samples.length - 1]?.rssMb ?? -1,
    maxPauseMs: Math.max(...samples.map((s) => s.maxPauseMs)),
    fullGcMs: round(fullGcMs, 0),
    fdsAfterGc,
  }
}

/** Open descriptors now. */
function openFds(): number {
  return readdirSync('/proc/self/fd').length
}

function inChild(side: Side): Promise<SideResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [side], { execArgv: ['--expose-gc', '--import', 'tsx'], stdio: ['ignore', 2, 2, 'ipc'] })
    child.once('message', (result) => resolve(result as SideResult))
    child.once('exit', (code) => reject(new Error(`${side}: exited (${code}) without a result`)))
  })
}

const sideArg = process.argv[2] as Side | undefined
if (sideArg === 'stock' || sideArg === 'owned') {
  process.send?.(await runSide(sideArg))
  process.exit(0)
} else {
  note(`sqlite-connections: ${N} write transactions, stock client then owned connections`)
  const stock = await inChild('stock')
  const owned = await inChild('owned')
  emit('sqlite-connections', { transactions: N, stock, owned })
}
