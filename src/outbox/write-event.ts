import { randomUUID } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { afterCommit, insertRecord } from '../lib/transaction'
import { wakeOutboxRelays } from './wake'

export interface OutboxEventInput {
  type: string
  aggregate: string
  aggregateId: string
  data: Record<string, unknown>
  /** A natural key when the producer can be retried (a timer job): the unique eventId makes the retry a no-op. */
  eventId?: string
}

/**
 * Records an event with the caller's `req`, hence in the caller's transaction: it is committed or rolled back
 * together with the change it describes. Never publish to Redis from a hook (hooks run before commit): the only
 * thing sent to Redis is the relays' wake-up, and only once the transaction has committed (src/outbox/wake.ts).
 */
export async function writeOutboxEvent(req: PayloadRequest, event: OutboxEventInput): Promise<string> {
  const { eventId = randomUUID(), ...rest } = event
  await insertRecord(req.payload, 'outbox-events', { eventId, ...rest, status: 'pending', occurredAt: new Date().toISOString() }, req)
  await afterCommit(req, 'outbox-wake', wakeOutboxRelays)
  return eventId
}
