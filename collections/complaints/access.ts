import type { Access } from 'payload'
import { hasRole, isStaff } from '../../src/access/roles'
import { ownStructureIds } from '../shared/access/tenancy'
import { whereAnyIn } from '../shared/access/where-id-in'

/** Staff read the whole register; a structure admin the complaints about their own structure(s). */
export const readComplaints: Access = ({ req }) => {
  if (isStaff(req)) return true
  if (hasRole(req, 'structure-admin')) return whereAnyIn({ structure: ownStructureIds(req) })
  return false
}

/** Staff record any complaint; a structure admin files one for their own structure (checked by a hook). */
export const createComplaints: Access = ({ req }) => isStaff(req) || hasRole(req, 'structure-admin')
