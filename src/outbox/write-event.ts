import { randomUUID } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { currentCorrelationId } from '../lib/correlation'
import { newRequestId } from '../lib/request-id'
import { afterCommit, insertRecord } from '../lib/transaction'
import { handOverEvent } from './wake'

export interface OutboxEventInput {
  type: string
  aggregate: string
  aggregateId: string
  data: Record<string, unknown>
  /** A natural key when the producer can be retried (a timer job): the unique eventId makes the retry a no-op. */
  eventId?: string
  /** Defaults to the correlation id of the work under way (src/lib/correlation.ts), or a fresh one. */
  correlationId?: string
}

/**
 * Records an event with the caller's `req`, hence in the caller's transaction: it is committed or rolled back
 * together with the change it describes. Never send to Redis from a hook (hooks run before commit): the event's job
 * and the relays' wake-up go to Redis only once the transaction has committed (src/outbox/wake.ts).
 */
export async function writeOutboxEvent(req: PayloadRequest, event: OutboxEventInput): Promise<string> {
  const { eventId = randomUUID(), correlationId = currentCorrelationId() ?? newRequestId(), ...rest } = event
  const occurredAt = new Date().toISOString()
  await insertRecord(req.payload, 'outbox-events', { eventId, ...rest, correlationId, status: 'pending', occurredAt }, req)
  await afterCommit(req, `outbox-${eventId}`, () => handOverEvent({ eventId, ...rest, occurredAt, correlationId }))
  return eventId
}
