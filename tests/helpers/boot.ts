import type { Payload } from 'payload'

/** Boots Payload on the test file's environment (call useTestEnv first). */
export async function bootPayload(): Promise<Payload> {
  const { getPayload } = await import('payload')
  const config = await (await import('../../src/payload.config')).default
  // Payload (outside production) spawns `payload generate:types` at each start: a child process per test file that
  // rewrites src/payload-types.ts from whatever config the shared tree holds, and keeps jest alive until it ends.
  // Types are generated on purpose (npx payload generate:types), never by a test.
  config.typescript.autoGenerate = false
  return getPayload({ config })
}
