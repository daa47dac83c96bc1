/**
 * `npm run import:structures -- structures.csv [--federation <slug>] [--batch 200] [--errors report.csv]`
 * Imports structures from a CSV (UTF-8, ';' or ',') or XLSX file (format: docs/import-format.md), upserting by
 * SIRET, and prints the progress as batches commit. Refused lines are written to an error report (by default
 * next to the file, `<name>.erreurs.csv`). New structures go into the federation named by `--federation` (its slug or
 * id), which is required when the platform has several.
 * Exit code: 0 every line imported, 1 some lines refused (see the report), 2 the file was refused (nothing stored).
 */
import './lib/keep-alive'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openPayload } from './lib/open-payload'
import { startStructureImport, type ImportProgress } from '../collections/imports/run-import'
import { errorReportCsv } from '../src/import/report'
import type { RowError } from '../src/import/rows'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { batch: { type: 'string' }, errors: { type: 'string' }, federation: { type: 'string' } },
})
const file = positionals[0]
if (!file) {
  console.error('Usage : npm run import:structures -- fichier.csv|fichier.xlsx [--federation <slug>] [--batch 200] [--errors rapport.csv]')
  process.exit(2)
}

const bytes = new Uint8Array(readFileSync(file))
const payload = await openPayload()

/**
 * The federation new structures go into: the one named on the command line (slug or id), else the platform's only
 * one; with several and none named, or an unknown name, the command stops before reading the file.
 */
async function chosenFederation(name: string | undefined): Promise<string | undefined> {
  const federations = (await payload.find({ collection: 'federations', limit: 100, depth: 0, sort: 'createdAt', overrideAccess: true })).docs
  const known = federations.map((f) => f.slug ?? String(f.id)).join(', ')
  const chosen = name ? federations.find((f) => f.slug === name || String(f.id) === name) : federations.length === 1 ? federations[0] : undefined
  if (chosen) return String(chosen.id)
  // No federation yet: the import makes the platform's first (collections/shared/fields/federation.ts).
  if (!name && federations.length === 0) return undefined
  console.error(
    name
      ? `Fédération inconnue « ${name} » (connues : ${known}) / unknown federation "${name}" (known: ${known})`
      : `Plusieurs fédérations : nommez-la avec --federation (${known}) / several federations: name one with --federation (${known})`,
  )
  await payload.destroy()
  process.exit(2)
}
const federationId = await chosenFederation(values.federation)

const tty = process.stdout.isTTY
let lastTenth = -1
const show = (p: ImportProgress) => {
  const percent = p.total ? Math.floor((p.processed / p.total) * 100) : 100
  const text = `${p.processed}/${p.total} lignes traitées / lines processed (${percent} %) · créées/created ${p.created} · mises à jour/updated ${p.updated} · inchangées/unchanged ${p.unchanged} · refusées/refused ${p.rejected}`
  if (tty) process.stdout.write(`\r${text}`)
  else if (Math.floor(percent / 10) !== lastTenth) {
    lastTenth = Math.floor(percent / 10)
    console.log(text)
  }
}

const started = await startStructureImport(payload, {
  bytes,
  filename: path.basename(file),
  source: 'cli',
  federationId,
  batchSize: values.batch ? Number(values.batch) : undefined,
  onProgress: show,
})
let code = 0
if (!started.parsed.ok) {
  console.error(`Fichier refusé, rien n’a été enregistré / file refused, nothing was stored:\n  ${started.parsed.error}`)
  code = 2
} else {
  console.log(`${started.parsed.total} lignes lues / lines read; import ${started.importId}`)
  const progress = await started.done
  if (progress) show(progress)
  if (tty) process.stdout.write('\n')
  const doc = await payload.findByID({ collection: 'structure-imports', id: started.importId, depth: 0, overrideAccess: true })
  const errors = (doc.rowErrors ?? []) as RowError[]
  if (errors.length > 0) {
    const report = values.errors ?? file.replace(/\.(csv|xlsx)$/i, '') + '.erreurs.csv'
    writeFileSync(report, errorReportCsv(errors))
    console.log(`${progress?.rejected ?? errors.length} ligne(s) refusée(s) / line(s) refused: rapport / report → ${report}`)
    code = 1
  }
}
await payload.destroy()
process.exit(code)
