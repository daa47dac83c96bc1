import { getPayload, type Payload } from 'payload'

/**
 * Opens the app's database for an operator's tool (create-admin, imports, exports, BPF…). A tool acts on the
 * database the app made, often while the app runs: it never alters its schema (SQLITE_SCHEMA_PUSH, src/lib/env.ts),
 * unless the operator says otherwise. Set before the configuration is read, which is why the config is imported here.
 */
export async function openPayload(): Promise<Payload> {
  process.env.SQLITE_SCHEMA_PUSH ??= 'false'
  const { default: config } = await import('../../src/payload.config')
  return getPayload({ config })
}
