import type { Access, PayloadRequest } from 'payload'
import { hasRole } from '../../../src/access/roles'
import { relationIds } from '../../shared/relation-ids'
import { facilitatorScope, partnerEricIds } from '../../shared/access/tenancy'
import { isTeam } from '../../shared/access/team'
import { whereIdIn } from '../../shared/access/where-id-in'

/**
 * The team sees every ERIC space; a facilitator their own and the venues of the sessions they teach (their list of
 * sessions names where they go, not « Sans titre »); a structure admin the spaces paired with their structures
 * (where their staff are trained). The public sees none.
 */
export const readEricSpaces: Access = async ({ req }) => {
  if (isTeam(req)) return true
  if (hasRole(req, 'facilitator')) return whereIdIn([...new Set([...(await facilitatorScope(req)).ericSpaceIds, ...(await taughtVenueIds(req))])])
  if (hasRole(req, 'structure-admin')) return whereIdIn(await partnerEricIds(req))
  return false
}

/** The venues of the sessions this facilitator teaches. */
async function taughtVenueIds(req: PayloadRequest): Promise<string[]> {
  if (!req.user) return []
  // A system look-up on behalf of the access check, not the user's own read.
  const { docs } = await req.payload.find({
    collection: 'sessions',
    where: { facilitators: { in: [String(req.user.id)] } },
    depth: 0,
    pagination: false,
    select: { venue: true },
    overrideAccess: true,
    req,
  })
  return docs.flatMap((d) => relationIds((d as { venue?: unknown }).venue))
}
