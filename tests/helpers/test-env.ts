import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

export interface TestEnv {
  dir: string
  databaseFile: string
  queuePrefix: string
  smtpPort: number
  redisUrl: string
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
 * Gives this test file its own SQLite file, queue prefix and SMTP port, through process.env, before Payload's
 * config is imported. Redis is shared (REDIS_URL or the local default); the prefix keeps runs apart.
 */
export async function useTestEnv(overrides: Record<string, string> = {}): Promise<TestEnv> {
  const dir = mkdtempSync(path.join(tmpdir(), 'essaim-test-'))
  const databaseFile = path.join(dir, 'test.db')
  const queuePrefix = `test-${randomBytes(4).toString('hex')}`
  const smtpPort = await freePort()
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URI: `file:${databaseFile}`,
    QUEUE_PREFIX: queuePrefix,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    REDIS_URL: redisUrl,
    RELAY_POLL_MS: '100',
    MAIL_RATE_PER_SECOND: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    SERVER_URL: 'http://localhost:3000',
    ...overrides,
  })
  return { dir, databaseFile, queuePrefix, smtpPort, redisUrl }
}
