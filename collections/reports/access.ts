import type { Access } from 'payload'
import { hasRole, isStaff } from '../../src/access/roles'
import { ownStructureIds } from '../shared/access/tenancy'

/** Staff read every report; a structure admin those of the sessions their structure took part in. */
export const readReports: Access = ({ req }) => {
  if (isStaff(req)) return true
  if (hasRole(req, 'structure-admin')) {
    const ids = ownStructureIds(req)
    return ids.length > 0 ? { structures: { in: ids } } : false
  }
  return false
}
