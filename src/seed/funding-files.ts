import type { Payload } from 'payload'
import { moveFundingFile } from '../../collections/funding-files/move-service'
import type { ContentReport } from './content/ensure'
import { DEMO_STRUCTURE_ADMIN, findUserByEmail } from './content/demo-links'
import { STRUCTURES } from './content/structures'
import { DEMO_SESSION_TITLE } from './sessions'

const findOne = async (payload: Payload, collection: 'structures' | 'sessions' | 'funding-files', where: Record<string, unknown>) =>
  (await payload.find({ collection, where: where as never, limit: 1, depth: 0, overrideAccess: true })).docs[0]

/**
 * Demo funding files, made the way people make them: the Glycines file filed with OPCO Santé by its structure
 * admin (the coordinator's next move: record the OPCO's answer), and a CADA's file still in draft with items
 * missing. Idempotent: one file per structure.
 */
export async function seedFundingFiles(payload: Payload): Promise<ContentReport> {
  const report: ContentReport = { created: 0, unchanged: 0 }
  const glycines = await findOne(payload, 'structures', { siret: { equals: STRUCTURES.glycines.data.siret } })
  const grandLarge = await findOne(payload, 'structures', { siret: { equals: STRUCTURES.grandLarge.data.siret } })
  const session = await findOne(payload, 'sessions', { title: { equals: DEMO_SESSION_TITLE } })
  const admin = await findUserByEmail(payload, DEMO_STRUCTURE_ADMIN)
  if (!glycines || !session || !admin) return report

  if (await findOne(payload, 'funding-files', { structure: { equals: glycines.id } })) report.unchanged += 1
  else {
    const file = await payload.create({
      collection: 'funding-files',
      overrideAccess: true,
      data: { status: 'draft', billingStatus: 'none', structure: glycines.id, session: session.id, requestedAmount: 4800, requestedHours: 21, requestedTrainees: 10, subrogation: true },
    })
    // Ticking the checklist makes it ready by itself; the structure admin then files it.
    await payload.update({
      collection: 'funding-files',
      id: file.id,
      overrideAccess: true,
      data: { checklist: { devisSigned: true, conventionSigned: true, programmeAttached: true } },
    })
    await moveFundingFile(payload, { id: String(file.id), kind: 'transition', to: 'submitted', user: admin as never, input: { opcoRef: 'OPCO-SANTE-PACA-2026-0412' } })
    report.created += 1
  }

  if (grandLarge) {
    if (await findOne(payload, 'funding-files', { structure: { equals: grandLarge.id } })) report.unchanged += 1
    else {
      await payload.create({
        collection: 'funding-files',
        overrideAccess: true,
        data: { status: 'draft', billingStatus: 'none', structure: grandLarge.id, requestedAmount: 5400, requestedHours: 21, requestedTrainees: 12, checklist: { devisSigned: true } },
      })
      report.created += 1
    }
  }
  return report
}
