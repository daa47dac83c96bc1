/**
 * `npm run federations:backfill`: on a database that has no migrations (MongoDB, the compose deployment) and data
 * from before federations, puts it into « FAS PACA-Corse-DOM » as the SQLite migration does (src/federations/backfill.ts).
 * Exit code: 0 done (or nothing to do), 1 refused (several federations exist already).
 */
import './lib/keep-alive'
import { openPayload } from './lib/open-payload'
import { backfillFirstFederation } from '../src/federations/backfill'

const payload = await openPayload()
let code = 0
try {
  const report = await backfillFirstFederation(payload)
  const moved = Object.entries(report.rows).filter(([, n]) => n > 0)
  console.log(`Fédération / federation ${report.federation}${report.created ? ' (créée / created)' : ''}`)
  console.log(moved.length ? moved.map(([c, n]) => `  ${c}: ${n}`).join('\n') : '  rien à rattacher / nothing to backfill')
  console.log(`Membres ajoutés / members added: ${report.members}`)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  code = 1
}
await payload.destroy()
process.exit(code)
