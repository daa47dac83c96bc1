import type { PayloadRequest } from 'payload'
import { relationIds } from '../relation-ids'

/**
 * Who is attached to what. A structure admin's tenants are `users.structures`; a facilitator's scope is their
 * profile(s) in `facilitators` (ERIC space) and the structures assigned to them or paired with their ERIC space.
 * Access functions run several times per request (once per join), so look-ups are cached per request.
 */

export const ownStructureIds = (req: Pick<PayloadRequest, 'user'>): string[] =>
  relationIds((req.user as { structures?: unknown } | null | undefined)?.structures)

export interface FacilitatorScope {
  profileIds: string[]
  ericSpaceIds: string[]
}

const facilitatorScopes = new WeakMap<PayloadRequest, Promise<FacilitatorScope>>()
const partnerEricScopes = new WeakMap<PayloadRequest, Promise<string[]>>()

function cached<T>(
  store: WeakMap<PayloadRequest, Promise<T>>,
  req: PayloadRequest,
  load: () => Promise<T>,
): Promise<T> {
  let value = store.get(req)
  if (!value) {
    value = load()
    store.set(req, value)
  }
  return value
}

export function facilitatorScope(req: PayloadRequest): Promise<FacilitatorScope> {
  return cached(facilitatorScopes, req, async () => {
    if (!req.user) return { profileIds: [], ericSpaceIds: [] }
    // A system look-up on behalf of the access check, not the user's own read.
    const { docs } = await req.payload.find({
      collection: 'facilitators',
      where: { user: { equals: req.user.id } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return {
      profileIds: docs.map((d) => String(d.id)),
      ericSpaceIds: docs.flatMap((d) => relationIds((d as { ericSpace?: unknown }).ericSpace)),
    }
  })
}

/** The ERIC spaces paired with a structure admin's structures (where their sessions take place). */
export function partnerEricIds(req: PayloadRequest): Promise<string[]> {
  return cached(partnerEricScopes, req, async () => {
    const structureIds = ownStructureIds(req)
    if (structureIds.length === 0) return []
    const { docs } = await req.payload.find({
      collection: 'structures',
      where: { id: { in: structureIds } },
      depth: 0,
      pagination: false,
      select: { partnerEric: true },
      overrideAccess: true,
      req,
    })
    return [...new Set(docs.flatMap((d) => relationIds((d as { partnerEric?: unknown }).partnerEric)))]
  })
}
