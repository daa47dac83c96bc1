import type { Payload } from 'payload'
import type { FileWorld } from '../../helpers/fixtures'
import { createCompleteFile } from '../../int/outbox-fixtures'

const DAY = 24 * 3600 * 1000
type MoveFn = typeof import('../../../collections/funding-files/move-service').moveFundingFile

/** The moves each file goes through, as a coordinator makes them (after creation and the edit that makes it ready). */
export const COORDINATOR_WALK = ['submitted', 'info_requested', 'submitted', 'approved'] as const

export interface WalkedFile {
  id: string
  /** The states the file reached, in the order the writes committed: what its timeline must show. */
  states: string[]
}

/** A new file with its checklist complete, then the edit that makes it ready (it arms the T1 reminders). */
export async function readyFile(payload: Payload, world: FileWorld): Promise<WalkedFile> {
  const id = await createCompleteFile(payload, world)
  const edited = await payload.update({ collection: 'funding-files', id, overrideAccess: true, data: { requestedTrainees: 11 } as never })
  return { id, states: ['draft', String((edited as { status?: string }).status)] }
}

/** The Local API moves of the web process: the file's creation, the edit that makes it ready, then the walk. */
export async function walkFile(payload: Payload, world: FileWorld, move: MoveFn, tag: string): Promise<WalkedFile> {
  const { id, states } = await readyFile(payload, world)
  const coordinator = await payload.findByID({ collection: 'users', id: world.users.coordinator.id, overrideAccess: true })
  const inputs: Record<string, Record<string, unknown>> = {
    submitted: { opcoRef: `OPCO-${tag}` },
    approved: { agreedAmount: 4800, validUntil: new Date(world.start.getTime() + 30 * DAY).toISOString() },
  }
  for (const to of COORDINATOR_WALK) {
    const doc = await move(payload, { id, kind: 'transition', to, input: inputs[to] ?? {}, user: coordinator as never })
    states.push(String(doc.status))
  }
  return { id, states }
}
