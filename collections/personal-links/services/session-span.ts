import type { Payload, PayloadRequest } from 'payload'
import type { SessionSpan } from '../../../src/sessions/link-purposes'
import { parseSlots } from '../../../src/sessions/slots'

/** D and E of a session from its slots; undefined while it has none (no link can be dated yet). */
export async function sessionSpan(
  payload: Payload,
  sessionId: string,
  req?: PayloadRequest,
): Promise<SessionSpan | undefined> {
  const session = await payload.findByID({
    collection: 'sessions',
    id: sessionId,
    depth: 0,
    select: { slots: true },
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  const slots = parseSlots(session?.slots)
  const first = slots[0]
  const last = slots[slots.length - 1]
  return first && last ? { start: first.start, end: last.end } : undefined
}
