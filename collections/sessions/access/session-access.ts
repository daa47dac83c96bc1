import type { Access, PayloadRequest, Where } from 'payload'
import { hasRole, isStaff } from '../../../src/access/roles'
import { facilitatorScope, ownStructureIds } from '../../shared/access/tenancy'
import { isTeam } from '../../shared/access/team'
import { whereAnyIn } from '../../shared/access/where-id-in'

/**
 * The sessions a person may see: the team all of them; a structure admin those of their structures; a
 * facilitator those they teach or that take place in their ERIC space. Returned as a `Where` on `sessions`.
 */
export async function visibleSessions(req: PayloadRequest): Promise<boolean | Where> {
  if (isTeam(req)) return true
  if (hasRole(req, 'structure-admin')) return whereAnyIn({ structures: ownStructureIds(req) })
  if (hasRole(req, 'facilitator') && req.user) {
    const scope = await facilitatorScope(req)
    return whereAnyIn({ facilitators: [String(req.user.id)], venue: scope.ericSpaceIds })
  }
  return false
}

export const readSessions: Access = ({ req }) => visibleSessions(req)

/**
 * Staff plan any session; a structure admin plans the sessions of their own structures (the funding file they
 * fill in needs one). That every structure named is theirs is checked on the resulting document by a hook.
 */
export const writeSessions: Access = ({ req }) => {
  if (isStaff(req)) return true
  if (hasRole(req, 'structure-admin')) return whereAnyIn({ structures: ownStructureIds(req) })
  return false
}

export const createSessions: Access = ({ req }) => isStaff(req) || hasRole(req, 'structure-admin')
