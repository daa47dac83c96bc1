import { Queue, Worker, type WorkerOptions } from 'bullmq'
import type { Payload, Where } from 'payload'
import { readableInFederation } from '../../collections/shared/access/federation-scope'
import { failedDeliveriesSince } from '../../collections/notifications/delivery-log'
import { TIME_ZONE, type DeliveryFailure } from '../../src/email'
import { env } from '../../src/lib/env'
import { listenForErrors } from '../../src/lib/error-listener'
import type { Queues } from '../plumbing/queues'
import { requestMail } from '../shared/request-mail'

/**
 * The coordinators' daily digest of the mails that could not be delivered. One BullMQ job scheduler (not a job
 * per failure) on a small queue of its own fires every morning; its job reads the log's `failed` rows of the
 * last 24 hours and asks for one `ops.failure_digest` mail to each federation's coordinators, or nothing when all
 * went well.
 */
export const FAILURE_DIGEST = {
  queue: 'ops',
  scheduler: 'failure-digest',
  job: 'failure-digest',
  /** 07:30 in Paris, summer and winter time alike: read with the first coffee. */
  repeat: { pattern: '30 7 * * *', tz: TIME_ZONE },
} as const

const DAY = 24 * 3600 * 1000
/** A digest is read, not scrolled: past this many lines the log itself is the place (the link opens it). */
const MAX_LINES = 100

/** The Paris calendar day of an instant (YYYY-MM-DD): one digest per day, whatever retries happen. */
const parisDay = (d: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(d)

export interface DigestOutcome {
  failures: number
  /** The idempotency keys of the digests requested: one per federation with failures its coordinators read. */
  requested?: string[]
}

/** A part of the log and whose digest it is: one federation's, or the whole log on a platform without federations. */
interface DigestScope {
  federationId?: string
  federationName?: string
  within?: Where
}

async function digestScopes(payload: Payload): Promise<DigestScope[]> {
  const { docs } = await payload.find({ collection: 'federations', depth: 0, pagination: false, overrideAccess: true, select: { name: true } })
  if (docs.length === 0) return [{}]
  return docs.flatMap((f) => {
    const within = readableInFederation('notifications', String(f.id))
    return within === false ? [] : [{ federationId: String(f.id), federationName: docs.length > 1 ? f.name : undefined, within }]
  })
}

/**
 * One digest per federation, to its coordinators, of the failures they read in the log (its files', structures' and
 * people's, and the platform's own mails): a coordinator never reads another federation's recipients in a digest.
 */
export async function runFailureDigest(payload: Payload, queues: Queues, now = new Date()): Promise<DigestOutcome> {
  const since = new Date(now.getTime() - DAY)
  const { total } = await failedDeliveriesSince(payload, since, 1)
  if (total === 0) return { failures: 0 }
  const requested: string[] = []
  for (const scope of await digestScopes(payload)) {
    const { rows } = await failedDeliveriesSince(payload, since, MAX_LINES, scope.within)
    if (rows.length === 0) continue
    const failures: DeliveryFailure[] = rows.map((r) => ({ kind: r.kind, recipient: r.recipientEmail, error: r.lastError || '—' }))
    const idempotencyKey = `ops.failure_digest-${parisDay(now)}${scope.federationId ? `-${scope.federationId}` : ''}`
    await requestMail(queues, {
      kind: 'ops.failure_digest',
      idempotencyKey,
      roles: ['coordinators'],
      federationId: scope.federationId,
      data: {
        failures,
        since: since.toISOString(),
        ...(scope.federationName ? { federationName: scope.federationName } : {}),
        link: `${env().serverUrl}/admin/collections/notifications?where%5Bstatus%5D%5Bequals%5D=failed`,
      },
    })
    requested.push(idempotencyKey)
  }
  return { failures: total, requested }
}

/**
 * Registers (or updates) the digest's scheduler and returns the worker that runs its jobs. Upserting is
 * idempotent: every worker process may do it at start, there is still one scheduler.
 */
export async function startFailureDigest(
  payload: Payload,
  queues: Queues,
  options: Pick<WorkerOptions, 'connection' | 'prefix' | 'maxStalledCount'>,
): Promise<Worker> {
  const scheduler = listenForErrors(new Queue(FAILURE_DIGEST.queue, { connection: options.connection, prefix: options.prefix }), 'queue failure-digest')
  try {
    await scheduler.upsertJobScheduler(FAILURE_DIGEST.scheduler, FAILURE_DIGEST.repeat, {
      name: FAILURE_DIGEST.job,
      opts: {
        attempts: 5,
        backoff: { type: 'exponential', delay: 60_000 },
        removeOnComplete: { count: 60 },
        removeOnFail: { count: 60 },
      },
    })
  } finally {
    await scheduler.close()
  }
  // The window ends when the job runs (a scheduler job's timestamp is when it was planned, a day earlier).
  return new Worker(FAILURE_DIGEST.queue, () => runFailureDigest(payload, queues, new Date()), { ...options, concurrency: 1 })
}
