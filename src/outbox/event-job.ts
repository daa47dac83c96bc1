import type { JobsOptions } from 'bullmq'

/** What an outbox event becomes in the `events` queue. */
export interface OutboxEventJob {
  eventId: string
  type: string
  aggregate: string
  aggregateId: string
  data: Record<string, unknown>
  occurredAt: string
  /** The correlation id of what caused it (the HTTP request, the timer's firing): the jobs it leads to carry it. */
  correlationId?: string
}

/**
 * The event's BullMQ job. Its id derives from the event id, so whoever adds it (the committing process right after
 * its commit, or the relay) adds the same job: a second add is a no-op while the job is retained.
 */
export function eventJob(event: OutboxEventJob): { name: string; data: OutboxEventJob; opts: JobsOptions } {
  return { name: event.type, data: event, opts: { jobId: `evt-${event.eventId}` } }
}
