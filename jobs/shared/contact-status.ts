import type { Payload } from 'payload'
import { contactStatusAfterFileMove } from '../../src/campaigns/contact-status'
import type { OutboxEventJob } from '../../src/outbox/relay'
import { relationId } from '../../collections/shared/relation-ids'
import type { FileSnapshot } from './file-mail-context'

interface MoveData {
  kind?: string
  from?: string | null
  to?: string
}

/** The file's structure and its worklist status, when no snapshot of the file was read already. */
interface StructureStatus {
  id: string | number
  contactStatus?: string | null
}

async function structureOf(payload: Payload, fileId: string): Promise<StructureStatus | undefined> {
  const file = await payload.findByID({ collection: 'funding-files', id: fileId, depth: 0, disableErrors: true, overrideAccess: true, select: { structure: true } })
  const structureId = relationId((file as { structure?: unknown } | null)?.structure)
  if (!structureId) return undefined
  const structure = await payload.findByID({ collection: 'structures', id: structureId, depth: 0, joins: false, disableErrors: true, overrideAccess: true, select: { contactStatus: true } })
  return structure ?? undefined
}

/**
 * A funding file's move seen from the worklist: the structure that files a request becomes "engaged", the one
 * whose session is delivered "trained" (src/campaigns/contact-status.ts). Re-running the same event changes
 * nothing (the status only moves forward).
 */
export async function advanceContactStatus(payload: Payload, event: OutboxEventJob, snapshot?: FileSnapshot): Promise<string | undefined> {
  const move = event.data as MoveData
  if (!move.kind || !move.to) return undefined
  const structure: StructureStatus | undefined = snapshot ? (await snapshot())?.structure : await structureOf(payload, event.aggregateId)
  if (!structure) return undefined
  const structureId = String(structure.id)
  const next = contactStatusAfterFileMove(structure.contactStatus, { kind: move.kind, from: move.from ?? null, to: move.to })
  if (!next) return undefined
  await payload.update({ collection: 'structures', id: structureId, data: { contactStatus: next }, depth: 0, select: { siret: true }, overrideAccess: true, context: { fileMove: event.eventId } })
  return next
}
