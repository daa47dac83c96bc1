import { Forbidden, type CollectionSlug, type PayloadRequest } from 'payload'

/**
 * The document as the caller may read it (their collection rules and federations), or undefined. What the product
 * then does with the system's rights (documents, kits, reports, personal data) starts from here, so that another
 * federation's document is « not found » there as it is in the caller's lists.
 */
export async function inReach(req: PayloadRequest, collection: CollectionSlug, id: string): Promise<Record<string, unknown> | undefined> {
  try {
    const { docs } = await req.payload.find({ collection, where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: false, user: req.user, req })
    return docs[0] as unknown as Record<string, unknown> | undefined
  } catch (error) {
    if (error instanceof Forbidden) return undefined
    throw error
  }
}
