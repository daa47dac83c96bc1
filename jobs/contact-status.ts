import type { Payload } from 'payload'
import { contactStatusAfterFileMove } from '../src/campaigns/contact-status'
import type { OutboxEventJob } from '../src/outbox/relay'
import { relationId } from '../collections/shared/relation-ids'

interface MoveData {
  kind?: string
  from?: string | null
  to?: string
}

/**
 * A funding file's move seen from the worklist: the structure that files a request becomes "engaged", the one
 * whose session is delivered "trained" (src/campaigns/contact-status.ts). Re-running the same event changes
 * nothing (the status only moves forward).
 */
export async function advanceContactStatus(payload: Payload, event: OutboxEventJob): Promise<string | undefined> {
  const move = event.data as MoveData
  if (!move.kind || !move.to) return undefined
  const file = await payload.findByID({ collection: 'funding-files', id: event.aggregateId, depth: 0, disableErrors: true, overrideAccess: true, select: { structure: true } })
  const structureId = relationId((file as { structure?: unknown } | null)?.structure)
  if (!structureId) return undefined
  const structure = await payload.findByID({ collection: 'structures', id: structureId, depth: 0, joins: false, disableErrors: true, overrideAccess: true, select: { contactStatus: true } })
  if (!structure) return undefined
  const next = contactStatusAfterFileMove(structure.contactStatus, { kind: move.kind, from: move.from ?? null, to: move.to })
  if (!next) return undefined
  await payload.update({ collection: 'structures', id: structureId, data: { contactStatus: next }, depth: 0, select: { siret: true }, overrideAccess: true, context: { fileMove: event.eventId } })
  return next
}
