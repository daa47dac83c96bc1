import type { Access } from 'payload'
import { hasRole, isStaff } from '../../../src/access/roles'
import { ownStructureIds } from '../../shared/access/tenancy'

/**
 * Coordinators and admins read the whole delivery log; a structure admin reads the rows of their structure(s)
 * only (mails about their files, and those sent to their people); everyone else reads nothing.
 */
export const readNotifications: Access = ({ req }) => {
  if (isStaff(req)) return true
  if (!hasRole(req, 'structure-admin')) return false
  const structures = ownStructureIds(req)
  return structures.length > 0 ? { structure: { in: structures } } : false
}
