import type { Payload, Where } from 'payload'
import { insertRecord, updateRecords } from '../../src/lib/transaction'
import type { Notification } from '../../src/payload-types'
import type { NotificationKind, RecipientRole } from '../../src/workflow/notification-kinds'

/**
 * The mail jobs' access to the delivery log (they write with `overrideAccess: true`: the API itself refuses
 * every write). One row per idempotency key, created once whoever gets there first.
 */

export type DeliveryRow = Pick<
  Notification,
  'id' | 'status' | 'attempts' | 'recipientEmail' | 'requestKey' | 'calendarMethod' | 'calendarSequence'
>

/** What a row says about a delivery before any attempt. */
export interface DeliveryLogEntry {
  idempotencyKey: string
  requestKey?: string
  kind: NotificationKind
  recipientEmail: string
  recipientUser?: string
  recipientRole?: RecipientRole
  language: 'fr' | 'en'
  subject?: string
  fileId?: string
  structureId?: string
  calendar?: { uid: string; method: 'REQUEST' | 'CANCEL'; sequence: number }
  /** The request (or timer firing) the mail comes from (src/lib/correlation.ts). */
  correlationId?: string
}

export type DeliveryUpdate = Partial<
  Pick<Notification, 'status' | 'attempts' | 'lastError' | 'lastAttemptAt' | 'sentAt' | 'messageId'>
>

const ROW_FIELDS = {
  status: true,
  attempts: true,
  recipientEmail: true,
  requestKey: true,
  calendarMethod: true,
  calendarSequence: true,
} as const

async function findByKey(payload: Payload, key: string): Promise<DeliveryRow | undefined> {
  const found = await payload.find({
    collection: 'notifications',
    where: { idempotencyKey: { equals: key } },
    limit: 1,
    // One row by a unique key: no count query.
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: ROW_FIELDS,
  })
  return found.docs[0] as DeliveryRow | undefined
}

/**
 * Logs a delivery before any attempt (as `queued`, or as given by `initial`), unless a row already exists for its
 * key, which is then left as it is. The unique key decides between concurrent or repeated writers: the insert is
 * tried first (one statement in the usual case), and a refused one is a row that exists.
 * The row is bookkeeping, written through the adapter (the collection has no hooks and the API writes nothing).
 */
export async function logDelivery(payload: Payload, entry: DeliveryLogEntry, initial: DeliveryUpdate = {}): Promise<'created' | 'exists'> {
  try {
    await insertRecord(payload, 'notifications', {
      idempotencyKey: entry.idempotencyKey,
      requestKey: entry.requestKey,
      kind: entry.kind,
      recipientEmail: entry.recipientEmail,
      recipientUser: entry.recipientUser,
      recipientRole: entry.recipientRole,
      language: entry.language,
      subject: entry.subject,
      file: entry.fileId,
      structure: entry.structureId,
      calendarUid: entry.calendar?.uid,
      calendarMethod: entry.calendar?.method,
      calendarSequence: entry.calendar?.sequence,
      correlationId: entry.correlationId,
      status: 'queued',
      attempts: 0,
      ...initial,
    })
    return 'created'
  } catch (error) {
    if (await findByKey(payload, entry.idempotencyKey)) return 'exists'
    throw error
  }
}

/** The row of this delivery, logged first (see logDelivery) if it does not exist yet. */
export async function recordDelivery(payload: Payload, entry: DeliveryLogEntry, initial: DeliveryUpdate = {}): Promise<DeliveryRow> {
  const existing = await findByKey(payload, entry.idempotencyKey)
  if (existing) return existing
  await logDelivery(payload, entry, initial)
  const row = await findByKey(payload, entry.idempotencyKey)
  if (!row) throw new Error(`delivery ${entry.idempotencyKey} logged but not found`)
  return row
}

/** How long an attempt's outcome may wait to share a transaction with other bookkeeping writes (group commit). */
const OUTCOME_LINGER_MS = 15

/** Records an attempt's outcome on the row, through the adapter; resolves once it is committed. */
export async function updateDelivery(payload: Payload, id: DeliveryRow['id'], data: DeliveryUpdate): Promise<void> {
  await updateRecords(payload, 'notifications', [id], data, { lingerMs: OUTCOME_LINGER_MS })
}

/** Every invitation (and cancellation) recorded for one calendar UID: which revisions went to whom. */
export async function calendarDeliveries(payload: Payload, uid: string): Promise<DeliveryRow[]> {
  const { docs } = await payload.find({
    collection: 'notifications',
    where: { calendarUid: { equals: uid } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { status: true, attempts: true, recipientEmail: true, requestKey: true, calendarMethod: true, calendarSequence: true },
  })
  return docs as DeliveryRow[]
}

export interface FailedDelivery {
  kind: NotificationKind
  recipientEmail: string
  lastError?: string | null
}

/** The deliveries that ended `failed` since a date (`within` a part of the log), oldest first, at most `limit`; and how many there are. */
export async function failedDeliveriesSince(
  payload: Payload,
  since: Date,
  limit: number,
  within?: Where,
): Promise<{ rows: FailedDelivery[]; total: number }> {
  const found = await payload.find({
    collection: 'notifications',
    where: { and: [{ status: { equals: 'failed' } }, { lastAttemptAt: { greater_than_equal: since.toISOString() } }, ...(within ? [within] : [])] },
    sort: 'lastAttemptAt',
    limit,
    depth: 0,
    overrideAccess: true,
    select: { kind: true, recipientEmail: true, lastError: true },
  })
  return { rows: found.docs as FailedDelivery[], total: found.totalDocs }
}
