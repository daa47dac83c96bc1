import type { Payload } from 'payload'

/** Boots Payload on the bench config (call useBenchEnv first). `cron` starts Payload's own job runners (autoRun). */
export async function bootBench(options: { cron?: boolean } = {}): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('./config')
  return getPayload({ config, cron: options.cron ?? false })
}
