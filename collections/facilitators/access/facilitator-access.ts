import type { Access } from 'payload'
import { hasRole, isStaff } from '../../../src/access/roles'

/** Staff manage every profile; a facilitator reads and updates their own (not who or where they are). */
export const ownProfileOrStaff: Access = ({ req }) => {
  if (isStaff(req)) return true
  if (hasRole(req, 'facilitator') && req.user) return { user: { equals: req.user.id } }
  return false
}
