import type { Payload } from 'payload'
import type { FileWorld } from '../helpers/fixtures'

/** A funding file of the world's structure and session, its checklist complete (still draft until an edit). */
export async function createCompleteFile(payload: Payload, world: FileWorld): Promise<string> {
  const file = await payload.create({
    collection: 'funding-files',
    overrideAccess: true,
    data: {
      structure: world.structureId,
      session: world.sessionId,
      requestedAmount: 4800,
      requestedTrainees: 10,
      checklist: { devisSigned: true, conventionSigned: true, programmeAttached: true },
    } as never,
  })
  return String(file.id)
}
