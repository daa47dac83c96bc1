import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { bootPayload } from '../helpers/boot'
import { useTestEnv } from '../helpers/test-env'

let payload: Payload

/**
 * A production start (`next start`, the worker) never pushes the schema: it relies on the committed migrations.
 * This boots Payload as production does on a fresh SQLite file, runs the migrations, and reads and writes every
 * collection — a collection changed without a new migration fails here.
 */
beforeAll(async () => {
  await useTestEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'migration-test-secret-0123456789' })
  payload = await bootPayload()
  await payload.db.migrate()
})

afterAll(async () => {
  await payload?.destroy()
})

describe('committed migrations', () => {
  it('create every table and column the collections use', async () => {
    for (const collection of payload.config.collections) {
      const found = await payload.find({ collection: collection.slug as never, limit: 1, depth: 2, overrideAccess: true })
      expect(found.totalDocs).toBeGreaterThanOrEqual(0)
    }
    for (const global of payload.config.globals) {
      expect(await payload.findGlobal({ slug: global.slug as never, depth: 0, overrideAccess: true })).toBeTruthy()
    }
    const user = await payload.create({
      collection: 'users',
      overrideAccess: true,
      context: { skipWelcomeMail: true },
      data: { email: 'migrations@example.org', password: 'motdepasse-1', name: 'Migration', role: 'admin', language: 'fr' },
    })
    expect(user.id).toBeTruthy()
  })
})
