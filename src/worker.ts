/**
 * The worker process (`npm run worker`): Payload through the Local API (no Next.js), the outbox relay and the
 * BullMQ workers. SIGTERM/SIGINT: stop taking jobs, let the running ones finish within
 * WORKER_SHUTDOWN_TIMEOUT_MS, then exit; a job cut short returns to the queue and runs again elsewhere.
 */
import { getPayload } from 'payload'
import { startWorkerRuntime } from '../jobs/workers'
import { env } from './lib/env'
import { createLogger } from './lib/logger'

const log = createLogger('worker')

async function main(): Promise<void> {
  const settings = env()
  const { default: config, mailTransport } = await import('./payload.config')
  const payload = await getPayload({ config })
  const runtime = await startWorkerRuntime(payload)
  log.info('worker ready', { redis: settings.redisUrl, prefix: settings.queuePrefix, database: settings.databaseKind })

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log.info('stopping', { signal })
    const { forced } = await runtime.close()
    // The pooled SMTP connections, once no mail job runs any more.
    mailTransport.close()
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
