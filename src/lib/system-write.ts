import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

/**
 * Writes fields that only the system writes (bookkeeping: a timer's sequence, a generated document's row, a nudge's
 * date) without moving the document's `updatedAt`. Payload's edit view compares `updatedAt` at a person's first
 * change and, seeing it moved, says « Document modifié » as if someone had edited the document: a timer firing a
 * second after a person's own creation is not someone else's edit. The field-write rules drop these fields from
 * every person's save, so an open form can never overwrite them.
 *
 * Through the adapter, hence no hooks: callers give only such fields. Scalars and JSON are set in place; the SQLite
 * adapter rewrites an array from the rows given, so an array is given whole (src/documents/store.ts).
 */
export async function writeSystemFields(
  payload: Payload,
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number,
  data: Record<string, unknown>,
): Promise<void> {
  // `updatedAt: null` is both adapters' word for « leave it as it is » (drizzle's write transform, MongoDB's transform).
  await payload.db.updateOne({ collection, id, data: { ...data, updatedAt: null }, req })
}
