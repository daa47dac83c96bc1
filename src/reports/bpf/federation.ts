import type { Payload, PayloadRequest } from 'payload'
import { federationIdsOf } from '../../../collections/shared/access/federation-scope'
import { hasRole } from '../../access/roles'

/**
 * Whose BPF: the bilan is one training organisation's (one legal entity, one NDA), and each federation may be its
 * own (its settings). A member of federations gets theirs: the one they name, which must be theirs, or their only
 * one. Admins and the national coordination name any, or none for the platform's figures under its own entity.
 */
export type BpfScope = { ok: true; federationId?: string; slug?: string } | { ok: false; status: 400 | 403 | 404; fr: string; en: string }

export async function bpfScope(payload: Payload, req: Pick<PayloadRequest, 'user'> | undefined, requested: string | undefined): Promise<BpfScope> {
  const wanted = requested?.trim() || undefined
  const federation = wanted ? await findFederation(payload, wanted) : undefined
  if (wanted && !federation) return { ok: false, status: 404, fr: `Fédération inconnue : « ${wanted} »`, en: `unknown federation: "${wanted}"` }
  const everywhere = !req || hasRole(req, 'admin', 'national')
  if (everywhere) return federation ? { ok: true, federationId: federation.id, slug: federation.slug } : { ok: true }
  const own = federationIdsOf(req)
  if (federation) {
    if (own.includes(federation.id)) return { ok: true, federationId: federation.id, slug: federation.slug }
    return { ok: false, status: 403, fr: 'Cette fédération n’est pas la vôtre', en: 'this federation is not yours' }
  }
  if (own.length === 1) {
    const only = await findFederation(payload, own[0])
    return { ok: true, federationId: own[0], slug: only?.slug }
  }
  return { ok: false, status: 400, fr: 'Précisez la fédération (paramètre federation)', en: 'name the federation (federation parameter)' }
}

/** A federation by id or slug. */
async function findFederation(payload: Payload, idOrSlug: string): Promise<{ id: string; slug?: string } | undefined> {
  const { docs } = await payload.find({
    collection: 'federations',
    where: { or: [{ slug: { equals: idOrSlug } }, ...(/^[\w-]{1,64}$/.test(idOrSlug) ? [{ id: { equals: idOrSlug } }] : [])] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const doc = docs[0] as { id: string | number; slug?: string | null } | undefined
  return doc ? { id: String(doc.id), slug: doc.slug ?? undefined } : undefined
}
