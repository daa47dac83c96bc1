import { AsyncLocalStorage } from 'node:async_hooks'
import { newRequestId, validRequestId } from './request-id'

/**
 * The correlation id of the work under way (an HTTP request, a job), kept for everything that work calls: the
 * logger adds it to each line (src/lib/logger.ts), the outbox stamps it on each event it writes, request-mail on
 * each mail request. Set by the move endpoint (from X-Request-Id) and by the worker around each job.
 */
interface Scope {
  correlationId: string
}

// One store per process, whatever the number of module copies (Next's bundles, jest's registries share globalThis).
const holder = globalThis as typeof globalThis & { __essaimCorrelation?: AsyncLocalStorage<Scope> }
const store = (holder.__essaimCorrelation ??= new AsyncLocalStorage<Scope>())

export function currentCorrelationId(): string | undefined {
  return store.getStore()?.correlationId
}

/** Runs `fn` with this correlation id (a missing or invalid one is replaced by a fresh id). */
export function withCorrelation<T>(correlationId: unknown, fn: () => T): T {
  return store.run({ correlationId: validRequestId(correlationId) ?? newRequestId() }, fn)
}

/** The id carried by a job's data, or a fresh one (a timer's firing, a scheduled job: the start of a new path). */
export function correlationOfJob(data: unknown): string {
  const carried = (data as { correlationId?: unknown } | null | undefined)?.correlationId
  return validRequestId(carried) ?? newRequestId()
}
