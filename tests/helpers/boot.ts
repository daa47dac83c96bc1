import type { Payload } from 'payload'

/** Boots Payload on the test file's environment (call useTestEnv first). */
export async function bootPayload(): Promise<Payload> {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config')
  return getPayload({ config })
}
