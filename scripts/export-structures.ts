/**
 * `npm run export:structures -- [--out structures.csv] [--region paca] [--departement 13] [--status to-approach]
 *                                 [--facilitator animateur@example.org]`
 * Writes the structures (or one facilitator's worklist, with --facilitator: their account e-mail or profile id)
 * as CSV in the import format (docs/import-format.md). Without --out, the CSV goes to standard output.
 */
import './lib/keep-alive'
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { openPayload } from './lib/open-payload'
import { exportRows, exportWhere } from '../collections/structures/endpoints/export-rows'
import { CONTACT_ORDER } from '../src/campaigns/contact-status'
import { structuresCsv } from '../src/import/export'

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    region: { type: 'string' },
    departement: { type: 'string' },
    status: { type: 'string' },
    facilitator: { type: 'string' },
  },
})

/** A facilitator named by their account's e-mail or by their profile id. */
async function facilitatorId(payload: Payload, key: string): Promise<string> {
  if (!key.includes('@')) return key
  const users = await payload.find({ collection: 'users', where: { email: { equals: key.toLowerCase() } }, limit: 1, depth: 0, overrideAccess: true })
  const user = users.docs[0]
  const profiles = user ? await payload.find({ collection: 'facilitators', where: { user: { equals: user.id } }, limit: 1, depth: 0, overrideAccess: true }) : undefined
  const profile = profiles?.docs[0]
  if (!profile) {
    console.error(`Aucun animateur avec le compte ${key} / no facilitator with the account ${key}`)
    process.exit(2)
  }
  return String(profile.id)
}

const payload = await openPayload()
const facilitator = values.facilitator ? await facilitatorId(payload, values.facilitator) : undefined
const rows = await exportRows(payload, {
  where: exportWhere({ region: values.region, departement: values.departement, contactStatus: values.status, facilitator }),
})
// A worklist reads in the order the facilitator works: to approach first.
if (facilitator) rows.sort((a, b) => CONTACT_ORDER.indexOf(a.contactStatus as never) - CONTACT_ORDER.indexOf(b.contactStatus as never) || a.name.localeCompare(b.name, 'fr'))
const csv = structuresCsv(rows)
if (values.out) {
  writeFileSync(values.out, csv)
  console.error(`${rows.length} structure(s) → ${values.out}`)
} else process.stdout.write(csv)
await payload.destroy()
process.exit(0)
