/**
 * `npm run campaign:kit -- <campaign id or slug> [status|preview|launch|pause|resume] [--lang fr|en] [--follow]`
 * The campaign kit mailing from the command line: preview the e-mail, launch / pause / resume it (the worker
 * process does the sending), and show its progress (sent, failed, in delivery, remaining); --follow refreshes
 * the figure every two seconds until the mailing is finished or paused.
 */
import './lib/keep-alive'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { openPayload } from './lib/open-payload'
import { previewKit, readKitProgress, requestKitAction } from '../jobs/definitions/campaign-kit'
import { KIT_ACTIONS, describeKitProgress, type KitAction } from '../src/campaigns/kit'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string', default: 'fr' }, follow: { type: 'boolean', default: false } },
})
const [key, command = 'status'] = positionals
if (!key || !['status', 'preview', ...KIT_ACTIONS].includes(command)) {
  console.error('Usage : npm run campaign:kit -- <id|slug> [status|preview|launch|pause|resume] [--lang fr|en] [--follow]')
  process.exit(2)
}

async function campaignId(payload: Payload, idOrSlug: string): Promise<string> {
  const found = await payload.find({
    collection: 'campaigns',
    where: { or: [{ slug: { equals: idOrSlug } }, { id: { equals: idOrSlug } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (!found.docs[0]) {
    console.error(`Campagne introuvable / campaign not found: ${idOrSlug}`)
    process.exit(2)
  }
  return String(found.docs[0].id)
}

const payload = await openPayload()
const id = await campaignId(payload, key)
let code = 0

if (command === 'preview') {
  const preview = await previewKit(payload, id, values.lang === 'en' ? 'en' : 'fr')
  console.log(`Objet / subject: ${preview?.mail.subject}\n\n${preview?.mail.text}`)
  for (const problem of preview?.problems ?? []) console.error(`⚠ ${problem}`)
} else {
  if (command !== 'status') {
    const result = await requestKitAction(payload, id, command as KitAction)
    if (!result.ok) {
      console.error(result.message)
      code = 1
    } else console.log(`${command}: ok (la file d’envoi est traitée par le worker / the worker process sends)`)
  }
  let last = ''
  for (;;) {
    const progress = await readKitProgress(payload, id)
    if (!progress) break
    const line = describeKitProgress(progress)
    if (line !== last) console.log(line)
    last = line
    if (!values.follow || progress.finished || progress.status !== 'running') break
    await new Promise((r) => setTimeout(r, 2000))
  }
}
await payload.destroy()
process.exit(code)
