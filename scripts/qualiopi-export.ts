/**
 * `npm run qualiopi:export -- --from 2013-10-01 --to 2013-12-31 [--programme <id>] [--out preuves.zip]`
 * Writes the Qualiopi evidence archive of the period (a folder per indicator, see src/qualiopi/evidence), by
 * default to qualiopi-preuves-<from>-<to>.zip in the current folder, showing each indicator as it is built.
 */
import './lib/keep-alive'
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { openPayload } from './lib/open-payload'
import { buildEvidenceArchive, checkProgramme, evidenceFilename, parseEvidencePeriod } from '../src/qualiopi/evidence'

const USAGE = [
  'Usage : npm run qualiopi:export -- --from AAAA-MM-JJ --to AAAA-MM-JJ [--programme <id>] [--out fichier.zip]',
  'Usage: npm run qualiopi:export -- --from YYYY-MM-DD --to YYYY-MM-DD [--programme <id>] [--out file.zip]',
].join('\n')

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`)
  process.exit(2)
}

let values: { from?: string; to?: string; programme?: string; out?: string }
try {
  values = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, programme: { type: 'string' }, out: { type: 'string' } } }).values
} catch (error) {
  fail(`Option non reconnue / unknown option: ${error instanceof Error ? error.message : String(error)}`)
}
const parsed = parseEvidencePeriod(values)
if (!parsed.ok) fail(parsed.error)

const payload = await openPayload()
const unknown = await checkProgramme(payload, parsed.period.programmeId)
if (unknown) {
  await payload.destroy()
  fail(unknown)
}
const out = values.out ?? evidenceFilename(parsed.from, parsed.to)
const zip = await buildEvidenceArchive(payload, parsed.period, {
  onProgress: ({ done, total, indicator, items }) =>
    console.error(`[${done}/${total}] indicateur / indicator ${indicator.number} · ${indicator.title.fr} : ${items} pièce(s) / item(s)`),
})
writeFileSync(out, zip)
console.error(`Archive écrite / archive written: ${out} (${Math.round(zip.length / 1024)} Kio / KiB)`)
await payload.destroy()
process.exit(0)
