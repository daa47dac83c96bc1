import type { Payload, PayloadRequest } from 'payload'
import { allowedBillingMoves, allowedMoves, BILLING_STATE_LABELS, FILE_STATE_LABELS, waitingMoves } from '../../../src/workflow'
import { loadFile } from '../facts'
import { actorOf } from '../move-service'

export interface Move {
  to: string
  label: { fr: string; en: string }
}
export interface Moves {
  status: string
  billingStatus: string
  transitions: Move[]
  billing: Move[]
  /** What essaim's own moves wait for, in words (« prêt à déposer » needs a session with its dates…). */
  waiting: (Move & { why: { fr: string; en: string } })[]
}

/**
 * What `user` may do now on file `id`: the /moves endpoint's answer, and the first list of the edit view's buttons
 * (rendered with the page, so the buttons do not wait for a request after hydration). A file the person may not
 * read is `forbidden`; one that does not exist, `missing`.
 */
export async function movesOf(payload: Payload, id: string, user: NonNullable<PayloadRequest['user']>): Promise<Moves | 'forbidden' | 'missing'> {
  const visible = await payload.count({ collection: 'funding-files', where: { id: { equals: id } }, overrideAccess: false, user })
  if (visible.totalDocs === 0) return 'forbidden'
  const loaded = await loadFile(payload, id)
  if (!loaded) return 'missing'
  const actor = actorOf(user)
  return {
    status: loaded.facts.status,
    billingStatus: loaded.facts.billingStatus,
    transitions: allowedMoves(loaded.facts, actor, new Date()).map((to) => ({ to, label: FILE_STATE_LABELS[to] })),
    billing: allowedBillingMoves(loaded.facts, actor).map((to) => ({ to, label: BILLING_STATE_LABELS[to] })),
    waiting: waitingMoves(loaded.facts, new Date()).map(({ to, why }) => ({ to, label: FILE_STATE_LABELS[to], why })),
  }
}
