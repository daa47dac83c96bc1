import type { Access, FieldAccess, PayloadRequest } from 'payload'
import { hasRole, isStaff } from '../../../src/access/roles'

/** The federation's own people: staff (admins, coordinators) and editors. They see drafts and internal fields. */
export const isTeam = (req: Pick<PayloadRequest, 'user'>): boolean => hasRole(req, 'admin', 'coordinator', 'editor')

export const teamOnly: Access = ({ req }) => isTeam(req)
export const teamOnlyField: FieldAccess = ({ req }) => isTeam(req)
export const staffOnlyField: FieldAccess = ({ req }) => isStaff(req)
export const signedInField: FieldAccess = ({ req }) => Boolean(req.user)
export const anyone: Access = () => true

/** The public sees published documents; the team sees drafts too. */
export const publishedOrTeam: Access = ({ req }) => isTeam(req) || { _status: { equals: 'published' } }
