import type { Access } from 'payload'
import { hasRole } from '../../../src/access/roles'
import { facilitatorScope, ownStructureIds } from '../../shared/access/tenancy'
import { isTeam } from '../../shared/access/team'
import { whereAnyIn, whereIdIn } from '../../shared/access/where-id-in'

/** The structures a facilitator works with: assigned to them, or paired with their ERIC space. */
export const facilitatorStructures: Access = async ({ req }) => {
  const scope = await facilitatorScope(req)
  return whereAnyIn({ assignedFacilitator: scope.profileIds, partnerEric: scope.ericSpaceIds })
}

/**
 * Structures are the tenants. The team sees them all (editors relate stories to them); a structure admin sees
 * only their own; a facilitator those they work with; nobody else, the public included.
 */
export const readStructures: Access = async (args) => {
  const { req } = args
  if (isTeam(req)) return true
  if (hasRole(req, 'structure-admin')) return whereIdIn(ownStructureIds(req))
  if (hasRole(req, 'facilitator')) return facilitatorStructures(args)
  return false
}
