/** `npm run seed`: loads the demo data into the configured database (idempotent). */
import { getPayload } from 'payload'
import { seed } from '../src/seed'

const { default: config } = await import('../src/payload.config')
const payload = await getPayload({ config })
const report = await seed(payload, { history: true })
console.log(`Données de démonstration / demo data: ${report.created} created, ${report.unchanged} unchanged`)
await payload.destroy()
process.exit(0)
