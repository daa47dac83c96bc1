import type { Payload } from 'payload'
import { moveFundingFile } from '../../collections/funding-files/move-service'
import type { FileState } from '../workflow'
import { ensure, type ContentReport } from './content/ensure'
import { findUserByEmail } from './content/demo-links'
import { ERIC_SPACES } from './content/eric-spaces'
import { PROGRAMME } from './content/programme'
import { STRUCTURES } from './content/structures'
import { demoSlots } from './sessions'

const DAY = 86_400_000
const COORDINATOR = 'coordination@essaim.local'

type Move = { to: FileState; input?: Record<string, unknown> }

/**
 * The 2014 pilot's funding files in the states a coordinator's week holds, so the campaign dashboard has something
 * to show: one about to miss its filing deadline, one the OPCO has not answered for 25 days, one waiting for
 * complements, one approved, one refused. Each has its own intra session; every move goes through the workflow
 * (timers and mails included), as the coordinator would make it. Idempotent: one file per structure.
 */
const PORTFOLIO: { structure: keyof typeof STRUCTURES; weeksLater: number; requested: number; moves: (now: Date) => Move[] }[] = [
  { structure: 'baous', weeksLater: 0, requested: 4200, moves: () => [] },
  {
    structure: 'rade',
    weeksLater: 5,
    requested: 5100,
    moves: (now) => [{ to: 'submitted', input: { opcoRef: 'UNIF-PACA-2026-0311', submittedAt: new Date(now.getTime() - 25 * DAY).toISOString() } }],
  },
  {
    structure: 'escale',
    weeksLater: 8,
    requested: 4500,
    moves: () => [{ to: 'submitted', input: { opcoRef: 'UNIF-PACA-2026-0378' } }, { to: 'info_requested' }],
  },
  {
    structure: 'oliviers',
    weeksLater: 3,
    requested: 4800,
    moves: (now) => [
      { to: 'submitted', input: { opcoRef: 'OPCO-2026-1187' } },
      { to: 'approved', input: { agreedAmount: 4800, validUntil: new Date(now.getTime() + 180 * DAY).toISOString() } },
    ],
  },
  {
    structure: 'relaisDesAlpes',
    weeksLater: 2,
    requested: 6300,
    moves: () => [
      { to: 'submitted', input: { opcoRef: 'OPCO-SANTE-PACA-2026-0502' } },
      { to: 'refused', input: { refusalReason: 'Coût horaire au-delà du plafond de l’OPCO pour cette action.' } },
    ],
  },
]

export async function seedPortfolio(payload: Payload, now: Date = new Date()): Promise<ContentReport> {
  const report: ContentReport = { created: 0, unchanged: 0 }
  const coordinator = await findUserByEmail(payload, COORDINATOR)
  const programme = (await payload.find({ collection: 'programmes', where: { slug: { equals: PROGRAMME.slug } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  for (const entry of PORTFOLIO) {
    const seed = STRUCTURES[entry.structure]
    const structure = (await payload.find({ collection: 'structures', where: { siret: { equals: seed.data.siret } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    const venue = (await payload.find({ collection: 'eric-spaces', where: { name: { equals: ERIC_SPACES[seed.partner].name } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
    if (!structure || !coordinator) continue
    const existing = await payload.count({ collection: 'funding-files', where: { structure: { equals: structure.id } }, overrideAccess: true })
    if (existing.totalDocs > 0) {
      report.unchanged += 1
      continue
    }
    const session = await ensure(
      payload,
      report,
      'sessions',
      { title: { equals: `Culture & usages numériques — ${structure.name}` } },
      {
        title: `Culture & usages numériques — ${structure.name}`,
        programme: programme?.id,
        structures: [structure.id],
        venue: venue?.id,
        slots: demoSlots(new Date(now.getTime() + entry.weeksLater * 7 * DAY)),
        capacity: { min: 8, max: 15 },
        status: 'planned',
      },
    )
    const file = await payload.create({
      collection: 'funding-files',
      overrideAccess: true,
      data: {
        status: 'draft',
        billingStatus: 'none',
        structure: structure.id,
        session: session.id,
        requestedAmount: entry.requested,
        requestedHours: 21,
        requestedTrainees: 10,
        subrogation: true,
      },
    })
    // Ticking the checklist makes a file ready by itself; the one about to miss its deadline still lacks its agreement.
    await payload.update({
      collection: 'funding-files',
      id: file.id,
      overrideAccess: true,
      data: { checklist: { devisSigned: true, conventionSigned: entry.moves(now).length > 0, programmeAttached: true } },
    })
    for (const move of entry.moves(now)) {
      await moveFundingFile(payload, { id: String(file.id), kind: 'transition', to: move.to, user: coordinator as never, input: move.input ?? {} })
    }
    report.created += 1
  }
  return report
}
