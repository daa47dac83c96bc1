import type { Access } from 'payload'
import { hasRole } from '../../../src/access/roles'
import { facilitatorScope, partnerEricIds } from '../../shared/access/tenancy'
import { isTeam } from '../../shared/access/team'
import { whereIdIn } from '../../shared/access/where-id-in'

/**
 * The team sees every ERIC space; a facilitator their own; a structure admin the spaces paired with their
 * structures (where their staff are trained). The public sees none.
 */
export const readEricSpaces: Access = async ({ req }) => {
  if (isTeam(req)) return true
  if (hasRole(req, 'facilitator')) return whereIdIn((await facilitatorScope(req)).ericSpaceIds)
  if (hasRole(req, 'structure-admin')) return whereIdIn(await partnerEricIds(req))
  return false
}
