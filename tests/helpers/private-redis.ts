import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { redisAnswers } from '../../src/lib/redis'
import { freePort } from './test-env'

export interface PrivateRedis {
  url: string
  port: number
  /** Stops this server (the process we started, by its pid) and waits for it to exit. */
  stop(): Promise<void>
  /** Starts it again on the same port and data directory (AOF on: what was written survives, as in production). */
  start(): Promise<void>
}

/** A redis-server of the test's own, on a free loopback port, so a test can take Redis away and bring it back. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort()
  const dir = mkdtempSync(path.join(tmpdir(), 'essaim-redis-'))
  const url = `redis://127.0.0.1:${port}`
  let child: ChildProcess | undefined
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' })
    for (let i = 0; i < 100; i++) {
      if (await redisAnswers(url, 200)) return
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error(`private redis-server did not answer on ${url}`)
  }
  const stop = async () => {
    const running = child
    if (!running || running.exitCode !== null) return
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve())
      running.kill('SIGTERM')
    })
  }
  await start()
  return { url, port, start, stop }
}
