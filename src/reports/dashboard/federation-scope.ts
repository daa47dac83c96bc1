import type { PayloadRequest, Where } from 'payload'
import { memberFederations } from '../../../collections/shared/access/federation-scope'

/**
 * Whose figures the dashboard computes: one federation's (its id), those of the data that belongs to none (`null`:
 * should not exist after the migration, but the national view shows it rather than drop it), or every federation's
 * (`undefined`: the coordinators' dashboard as it was).
 */
export type FederationScope = string | readonly string[] | null | undefined

/** The condition on a document's own `federation` field (structures, campaigns, sessions and files carry one). */
export function federationConditions(federation: FederationScope): Where[] {
  if (federation === undefined) return []
  if (federation === null) return [{ federation: { exists: false } }]
  return [typeof federation === 'string' ? { federation: { equals: federation } } : { federation: { in: [...federation] } }]
}

/**
 * The dashboard a person reads: a coordinator's is their federations' figures (the dashboard reads with the system's
 * rights, so the narrowing is said here); admins and the national coordination read every federation's.
 */
export const dashboardScopeFor = (req: Pick<PayloadRequest, 'user'>): FederationScope => memberFederations(req)
