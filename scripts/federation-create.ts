/**
 * `npm run federation:create -- --name "FAS Auvergne-Rhône-Alpes" --coordinator-email lea@example.org
 *   --coordinator-name "Léa Martin" [--territory …] [--phase experimentation|pilot|regional] [--network-name Hub]
 *   [--network-label …] [--coordinator-language fr|en] [--template <campaign id or slug> --region ara
 *   [--campaign-start YYYY-MM-DD]] [--structures structures.csv|.xlsx]`
 * Onboards a federation in one step (src/federations/onboard.ts): the federation, its first coordinator (invited by
 * the welcome mail, sent by the worker, to choose a password), a campaign copied from the template and the file's
 * structures. All or nothing.
 * Exit code: 0 created, 1 refused (what is wrong is printed in French and English, nothing is stored).
 */
import './lib/keep-alive'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openPayload } from './lib/open-payload'
import { onboardingInput, type StructuresFile } from '../src/federations/onboard-input'
import { describeIssue } from '../src/validation/request-issues'
import { bilingual } from '../src/validation/messages'
import { describeOnboarding, OPTIONS, USAGE, optionOf } from './lib/federation-create-text'

function refuse(message: string): never {
  console.error(message)
  process.exit(1)
}

function readArgs() {
  try {
    return parseArgs({ options: OPTIONS, allowPositionals: false }).values
  } catch (error) {
    // An unknown option, a value missing after an option: node's message (English) and the usage.
    return refuse(`${bilingual('Arguments invalides', 'invalid arguments')}: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  }
}

const { structures, ...options } = readArgs()
// --coordinator-email → coordinatorEmail: the same names as the admin screen's fields (onboardingInput).
const fields = Object.fromEntries(Object.entries(options).map(([key, value]) => [key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), value]))
const input = onboardingInput.safeParse(fields)
if (!input.success) {
  const lines = input.error.issues.map((issue) => {
    const what = describeIssue(issue)
    return `${optionOf(issue.path)} : ${what.fr} / ${what.en}`
  })
  refuse(`${lines.join('\n')}\n${USAGE}`)
}

let file: StructuresFile | undefined
if (structures) {
  try {
    file = { bytes: new Uint8Array(readFileSync(structures)), filename: path.basename(structures) }
  } catch (error) {
    refuse(bilingual(`--structures : fichier illisible « ${structures} »`, `--structures: cannot read "${structures}"`) + ` (${error instanceof Error ? error.message : String(error)})`)
  }
}

const payload = await openPayload()
const { onboardFederation } = await import('../src/federations/onboard')
const outcome = await onboardFederation(payload, input.data, file)
if (!outcome.ok) {
  console.error(outcome.refusal.message)
  for (const row of outcome.refusal.rows ?? []) console.error(`  ligne/line ${row.line}${row.column ? ` (${row.column})` : ''} : ${row.message}`)
} else {
  console.log(describeOnboarding(outcome.result, payload.config.serverURL))
}
await payload.destroy()
process.exit(outcome.ok ? 0 : 1)
