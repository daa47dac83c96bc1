import type { Payload, PayloadRequest } from 'payload'
import { MoveButtons } from './move-buttons'
import { movesOf } from './moves-of'

/**
 * The edit view's move buttons with their first list computed on the server, in the page's HTML: measured, the
 * buttons otherwise appeared only after hydration plus their own request (bench/browser-views.ts).
 */
export async function MoveButtonsServer({ id, payload, user }: { id?: number | string; payload: Payload; user?: PayloadRequest['user'] }) {
  const moves = id && user ? await movesOf(payload, String(id), user) : undefined
  return <MoveButtons initial={typeof moves === 'object' ? moves : undefined} />
}
