import type { Access } from 'payload'
import { federationIdsOf, seesEveryFederation } from '../shared/access/federation-scope'
import { whereIdIn } from '../shared/access/where-id-in'

/** Admins see every federation; others the federations they belong to (none for structure admins). */
export const readFederations: Access = ({ req }) => {
  if (!req.user) return false
  if (seesEveryFederation(req)) return true
  return whereIdIn(federationIdsOf(req))
}
