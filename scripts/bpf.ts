/**
 * `npm run bpf -- --year 2026 [--federation <slug>] [--out dossier]`
 * Writes the bilan pédagogique et financier of the calendar year (src/reports/bpf) as bpf-<year>.csv and
 * bpf-<year>.pdf, in the current folder by default, and prints the main figures.
 */
import './lib/keep-alive'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openPayload } from './lib/open-payload'
import { bilingualMessage, bpfCsv, bpfFilename, bpfPdf, bpfScope, computeBpf, parseBpfYear } from '../src/reports/bpf'

const USAGE = [
  'Usage : npm run bpf -- --year AAAA [--federation identifiant] [--out dossier]',
  'Usage: npm run bpf -- --year YYYY [--federation slug] [--out folder]',
].join('\n')

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`)
  process.exit(2)
}

let values: { year?: string; out?: string; federation?: string }
try {
  values = parseArgs({ options: { year: { type: 'string' }, out: { type: 'string' }, federation: { type: 'string' } } }).values
} catch (error) {
  fail(`Option non reconnue / unknown option: ${error instanceof Error ? error.message : String(error)}`)
}
const year = parseBpfYear(values.year)
if (!year.ok) fail(bilingualMessage(year.error))

const payload = await openPayload()
const scope = await bpfScope(payload, undefined, values.federation)
if (!scope.ok) {
  await payload.destroy()
  fail(`${scope.fr} / ${scope.en}`)
}
const figures = await computeBpf(payload, year.year, new Date(), scope.federationId)
const out = values.out ?? '.'
mkdirSync(out, { recursive: true })
for (const [format, content] of [['csv', bpfCsv(figures)], ['pdf', await bpfPdf(figures)]] as const) {
  const file = path.join(out, bpfFilename(year.year, format, scope.slug))
  writeFileSync(file, content)
  console.error(`Écrit / written: ${file}`)
}
const { trainees, hours, sessions } = figures.totals
console.error(`${year.year} : ${sessions} session(s), ${trainees} stagiaire(s), ${hours} heure(s)-stagiaire(s), ${figures.productsTotal} € HT de produits`)
for (const alert of figures.alerts) console.error(`À vérifier / to check: ${alert}`)
await payload.destroy()
process.exit(0)
