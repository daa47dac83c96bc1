import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { within } from './report'

export interface BenchEnv {
  name: string
  dir: string
  databaseFile: string
  databaseUri: string
  queuePrefix: string
  smtpPort: number
  redisUrl: string
  /** Removes the bench's SQLite file (Redis keys are dropped by `dropQueuePrefix`). */
  cleanup(): void
}

/** A free TCP port on loopback, chosen by the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * Gives one benchmark its own SQLite file (fresh, schema pushed at boot), its own BullMQ key prefix and an SMTP
 * port on loopback, through process.env, before anything reads the environment (src/lib/env caches it).
 * Same settings as the tests (tests/helpers/test-env.ts), with the relay's production poll interval.
 */
export async function useBenchEnv(name: string, overrides: Record<string, string> = {}): Promise<BenchEnv> {
  const dir = mkdtempSync(path.join(tmpdir(), `essaim-bench-${name}-`))
  const databaseFile = path.join(dir, 'bench.db')
  const queuePrefix = `bench-${name}-${randomBytes(4).toString('hex')}`
  const smtpPort = await freePort()
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
  const databaseUri = `file:${databaseFile}`
  Object.assign(process.env, {
    // Not 'production': Payload pushes the schema into the fresh file (as in the tests).
    NODE_ENV: 'test',
    DATABASE_URI: databaseUri,
    QUEUE_PREFIX: queuePrefix,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    REDIS_URL: redisUrl,
    // The shipped default (src/lib/env.ts): the relay polls every 500 ms unless woken.
    RELAY_POLL_MS: '500',
    MAIL_RATE_PER_SECOND: '0',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'error',
    SERVER_URL: 'http://localhost:3000',
    ...overrides,
  })
  // Stopped from outside (run-all's time limit, Ctrl-C): still leave the shared Redis and /tmp clean.
  const onSignal = () => {
    import('./redis')
      .then(({ dropQueuePrefix }) => dropQueuePrefix(redisUrl, queuePrefix))
      .catch(() => undefined)
      .finally(() => {
        rmSync(dir, { recursive: true, force: true })
        process.exit(130)
      })
    setTimeout(() => process.exit(130), 5000).unref()
  }
  process.once('SIGTERM', onSignal)
  process.once('SIGINT', onSignal)
  return {
    name,
    dir,
    databaseFile,
    databaseUri,
    queuePrefix,
    smtpPort,
    redisUrl,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/**
 * The end of every benchmark: runs `close` steps in order (what it started: web process, workers, SMTP sink,
 * Payload; all within `limitMs`, each failure ignored), drops its Redis keys, removes its files, and exits.
 */
export async function finishBench(env: BenchEnv, exitCode: number, ...close: (() => Promise<unknown> | unknown)[]): Promise<never> {
  await within('shutdown', 30_000, (async () => {
    for (const step of close) await Promise.resolve().then(step).catch(() => undefined)
  })()).catch(() => undefined)
  const { dropQueuePrefix } = await import('./redis')
  await dropQueuePrefix(env.redisUrl, env.queuePrefix).catch(() => undefined)
  env.cleanup()
  process.exit(exitCode)
}
