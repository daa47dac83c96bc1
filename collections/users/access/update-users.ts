import type { Access } from 'payload'
import { hasRole } from '../../../src/access/roles'

/** Admins manage every account; a user may edit their own profile (never their role: see the field's access). */
export const updateUsers: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req, 'admin')) return true
  return { id: { equals: req.user.id } }
}
