import type { Access, Where } from 'payload'
import { hasRole } from '../../../src/access/roles'
import { ownStructureIds } from '../../shared/access/tenancy'

/**
 * Files marked public (the images of published content) are served to anyone; internal ones (campaign kits,
 * signed consent forms) only to signed-in users; a structure's generated documents (attendance sheets,
 * certificates: personal data) only to the federation's team and that structure's admins. The same rule guards
 * the file URL itself.
 */
export const readMedia: Access = ({ req }) => {
  if (!req.user) return { audience: { equals: 'public' } } satisfies Where
  if (hasRole(req, 'admin', 'coordinator', 'editor')) return true
  const open: Where = { audience: { in: ['public', 'internal'] } }
  const own = ownStructureIds(req)
  if (!hasRole(req, 'structure-admin') || own.length === 0) return open
  return { or: [open, { and: [{ audience: { equals: 'structure' } }, { structure: { in: own } }] }] }
}
