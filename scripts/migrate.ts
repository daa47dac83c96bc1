/**
 * `npm run migrate`: applies the migrations not yet applied to the database of DATABASE_URI, prints « Done. » and
 * exits (1, with what failed, otherwise). The payload CLI loads essaim's TypeScript through tsx's loader thread
 * once running, and on a busy machine its event loop could empty meanwhile, so that it ended with status 0, silently,
 * before migrating anything (the browser tests' preparation met it three times in a row under load; the benchmarks
 * about once in ten). Here the process is held open while it loads (./lib/keep-alive).
 */
import './lib/keep-alive'
import { getPayload } from 'payload'

// As the payload CLI does: no development schema push, no onInit.
process.env.PAYLOAD_MIGRATING = 'true'
const { default: config } = await import('../src/payload.config')
const payload = await getPayload({ config, disableOnInit: true })
try {
  await payload.db.migrate()
  console.log('Done.')
} catch (error) {
  console.error(`Migrations interrompues / migrations stopped: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
