import type { Access } from 'payload'
import { isStaff } from '../../../src/access/roles'

/** Staff see every account (to assign files and sessions); anyone else sees only their own. */
export const readUsers: Access = ({ req }) => {
  if (!req.user) return false
  if (isStaff(req)) return true
  return { id: { equals: req.user.id } }
}
