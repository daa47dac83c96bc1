/** `npm run seed`: loads the demo data into the configured database (idempotent). */
import './lib/keep-alive'
import { getPayload } from 'payload'
import { seed } from '../src/seed'

const { default: config } = await import('../src/payload.config')
const payload = await getPayload({ config })
// The second federation unless SEED_SECOND_FEDERATION=0 (the browser journeys' app: they start from PACA alone).
const report = await seed(payload, { history: true, secondFederation: process.env.SEED_SECOND_FEDERATION !== '0' })
console.log(`Données de démonstration / demo data: ${report.created} created, ${report.unchanged} unchanged`)
await payload.destroy()
process.exit(0)
