import type { Access } from 'payload'
import { hasRole, isStaff } from '../../../src/access/roles'
import { ownStructureIds } from '../../shared/access/tenancy'

/** Staff see every file; a structure admin only their structure(s)' files; facilitators and editors none. */
export const readFundingFiles: Access = ({ req }) => {
  if (isStaff(req)) return true
  if (hasRole(req, 'structure-admin')) {
    const ids = ownStructureIds(req)
    return ids.length > 0 ? { structure: { in: ids } } : false
  }
  return false
}

/** Creating a file: staff for any structure, a structure admin for their own (checked on the data by a hook). */
export const createFundingFiles: Access = ({ req }) => isStaff(req) || hasRole(req, 'structure-admin')
