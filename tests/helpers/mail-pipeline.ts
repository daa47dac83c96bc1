import type { Payload } from 'payload'
import type { WorkerRuntime, WorkerRuntimeOptions } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { bootPayload } from './boot'
import { dropQueuePrefix } from './redis-cleanup'
import { useTestEnv, type TestEnv } from './test-env'

/** A test file's whole pipeline on loopback: Payload on its SQLite file, the worker runtime, and an SMTP peer. */
export interface MailPipeline {
  env: TestEnv
  payload: Payload
  runtime: WorkerRuntime
  catcher: MailCatcher
  /** Stops the worker and the SMTP peer, and removes the file's queue keys. */
  close(): Promise<void>
}

export async function startMailPipeline(options: WorkerRuntimeOptions = {}): Promise<MailPipeline> {
  const env = await useTestEnv()
  const payload = await bootPayload()
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  const catcher = await startMailCatcher({ port: env.smtpPort })
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  const runtime = await startWorkerRuntime(payload, options)
  return {
    env,
    payload,
    runtime,
    catcher,
    close: async () => {
      await runtime.close(2000)
      await catcher.close()
      await dropQueuePrefix(env.redisUrl, env.queuePrefix)
    },
  }
}
