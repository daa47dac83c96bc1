import type { Payload } from 'payload'
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
}

export type DeliveryUpdate = Partial<
  Pick<Notification, 'status' | 'attempts' | 'lastError' | 'lastAttemptAt' | 'sentAt' | 'messageId'>
>

async function findByKey(payload: Payload, key: string): Promise<DeliveryRow | undefined> {
  const found = await payload.find({
    collection: 'notifications',
    where: { idempotencyKey: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0]
}

/**
 * The row of this delivery, created (as `queued`, or as given by `initial`) if it does not exist yet; an existing
 * row is returned as it is. A concurrent creator loses on the unique key and re-reads.
 */
export async function recordDelivery(payload: Payload, entry: DeliveryLogEntry, initial: DeliveryUpdate = {}): Promise<DeliveryRow> {
  const existing = await findByKey(payload, entry.idempotencyKey)
  if (existing) return existing
  try {
    return await payload.create({
      collection: 'notifications',
      overrideAccess: true,
      depth: 0,
      data: {
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
        status: 'queued',
        attempts: 0,
        ...initial,
      },
    })
  } catch (error) {
    const raced = await findByKey(payload, entry.idempotencyKey)
    if (raced) return raced
    throw error
  }
}

export async function updateDelivery(payload: Payload, id: DeliveryRow['id'], data: DeliveryUpdate): Promise<void> {
  await payload.update({ collection: 'notifications', id, data, depth: 0, overrideAccess: true })
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

/** The deliveries that ended `failed` since a date, oldest first, at most `limit`; and how many there are. */
export async function failedDeliveriesSince(payload: Payload, since: Date, limit: number): Promise<{ rows: FailedDelivery[]; total: number }> {
  const found = await payload.find({
    collection: 'notifications',
    where: { and: [{ status: { equals: 'failed' } }, { lastAttemptAt: { greater_than_equal: since.toISOString() } }] },
    sort: 'lastAttemptAt',
    limit,
    depth: 0,
    overrideAccess: true,
    select: { kind: true, recipientEmail: true, lastError: true },
  })
  return { rows: found.docs as FailedDelivery[], total: found.totalDocs }
}
