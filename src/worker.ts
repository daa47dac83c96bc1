/**
 * The worker process (`npm run worker`): Payload through the Local API (no Next.js), the outbox relay and the
 * BullMQ workers. SIGTERM/SIGINT: stop taking jobs, let the running ones finish within
 * WORKER_SHUTDOWN_TIMEOUT_MS, then exit; a job cut short returns to the queue and runs again elsewhere.
 */
import { getPayload } from 'payload'
import { withoutCredentials } from './lib/redact-url'
import { startWorkerRuntime } from '../jobs/plumbing/workers'
import { env } from './lib/env'
import { createLogger } from './lib/logger'
import { closeRedisConnections } from './lib/redis'

const log = createLogger('worker')

async function main(): Promise<void> {
  const settings = env()
  const { default: config, mailTransport } = await import('./payload.config')
  const payload = await getPayload({ config })
  const runtime = await startWorkerRuntime(payload)
  // The address without its credentials: a password in REDIS_URL must not reach the log.
  log.info('worker ready', { redis: withoutCredentials(settings.redisUrl), prefix: settings.queuePrefix, database: settings.databaseKind })

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log.info('stopping', { signal })
    const { forced } = await runtime.close()
    // The pooled SMTP connections, once no mail job runs any more.
    mailTransport.close()
    // Any connection opened on the side (report flows, readiness): none may keep the process or retry on its own.
    closeRedisConnections()
    await payload.destroy()
    log.info('stopped', { forced })
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

main().catch((error: unknown) => {
  log.error('worker failed to start', { error: error instanceof Error ? error.message : String(error) })
  process.exit(1)
})
