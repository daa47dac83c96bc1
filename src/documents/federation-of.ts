import type { Payload, PayloadRequest } from 'payload'
import { relationId } from '../../collections/shared/relation-ids'

/** The federated documents a document or mail can be about (collections/shared/fields/federation.ts). */
export type FederatedSubject = { collection: 'funding-files' | 'sessions' | 'structures' | 'campaigns'; id: string | undefined }

/**
 * The federation of the first of `subjects` that exists and has one: a mail about a file names its file, then its
 * session and structure, so a file read before its federation was set still finds one. Undefined: the platform's
 * default facts apply. A system read, as every document and mail is prepared whoever triggers it.
 */
export async function federationOf(payload: Payload, subjects: readonly FederatedSubject[], req?: PayloadRequest): Promise<string | undefined> {
  for (const { collection, id } of subjects) {
    if (!id) continue
    const doc = await payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true, req, select: { federation: true } })
    const federation = relationId((doc as { federation?: unknown } | null)?.federation)
    if (federation) return federation
  }
  return undefined
}
