import type { CollectionSlug, DataFromCollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

export interface ContentReport {
  created: number
  unchanged: number
}

/**
 * Finds a document by its natural key, or creates it: never updates, so a second run changes nothing and an
 * edit made in the admin survives a re-seed. Drafts are created with `_status: 'draft'` in their data.
 */
export async function ensure<S extends CollectionSlug>(
  payload: Payload,
  report: ContentReport,
  collection: S,
  naturalKey: Where,
  data: RequiredDataFromCollectionSlug<S>,
): Promise<DataFromCollectionSlug<S>> {
  const existing = await payload.find({ collection, where: naturalKey, limit: 1, depth: 0, overrideAccess: true })
  if (existing.docs[0]) {
    report.unchanged += 1
    return existing.docs[0]
  }
  const created = await payload.create({ collection, data, depth: 0, overrideAccess: true })
  report.created += 1
  return created
}
