import type { Payload } from 'payload'
import { stringify } from 'qs-esm'
import type { Federation } from '../../payload-types'
import { federationConditions, type FederationScope } from '../dashboard/federation-scope'
import { loadDashboard } from '../dashboard/load'
import { FEDERATION_LISTS, type FederationColumn, type FederationList, type FederationSummary, type NationalDashboard } from './types'

/**
 * The national view: the campaign dashboard computed once per federation (the same figures, narrowed to its
 * documents), side by side, with each federation's phase and target. Read with the system's rights: the callers
 * check first that the reader is an admin or the national coordination (src/reports/national/access.ts).
 */
export async function loadNationalDashboard(payload: Payload, options: { now?: Date; adminRoute?: string } = {}): Promise<NationalDashboard> {
  const now = options.now ?? new Date()
  const adminRoute = options.adminRoute ?? payload.config.routes.admin
  const federations = (await payload.find({ collection: 'federations', depth: 0, pagination: false, sort: 'name', overrideAccess: true })).docs
  const columns: FederationColumn[] = []
  for (const federation of federations) columns.push(await columnOf(payload, summaryOf(federation), { now, adminRoute }))
  // Data without a federation should not exist after the migration; if some does, it gets a column, not silence.
  if (await hasDocumentsWithoutFederation(payload)) columns.push(await columnOf(payload, null, { now, adminRoute }))
  return { generatedAt: now.toISOString(), federations: columns }
}

function summaryOf(f: Federation): FederationSummary {
  return {
    id: String(f.id),
    name: f.name,
    slug: f.slug ?? null,
    territory: f.territory ?? null,
    phase: f.phase,
    structuresTarget: f.structuresTarget ?? null,
  }
}

async function columnOf(payload: Payload, federation: FederationSummary | null, options: { now: Date; adminRoute: string }): Promise<FederationColumn> {
  const scope: FederationScope = federation ? federation.id : null
  const result = await loadDashboard(payload, {}, { ...options, federation: scope })
  // Without a campaign filter there is nothing to be not found.
  if (!result.ok) throw new Error(result.error.en)
  const d = result.dashboard
  return {
    federation,
    reach: d.reach,
    secondStep: d.secondStep,
    files: d.scope.files,
    filesByState: d.filesByState,
    satisfaction: d.satisfaction,
    atRisk: d.atRisk,
    lists: Object.fromEntries(FEDERATION_LISTS.map((c) => [c, federationListLink(options.adminRoute, c, scope)])) as Record<FederationList, string>,
  }
}

/** A collection's admin list showing one federation's documents: `…/funding-files?where[federation][equals]=<id>`. */
export function federationListLink(adminRoute: string, collection: FederationList, federation: FederationScope): string {
  const [where] = federationConditions(federation)
  return `${adminRoute}/collections/${collection}${stringify({ where }, { addQueryPrefix: true, encodeValuesOnly: true })}`
}

/** Whether any structure, campaign, session or funding file belongs to no federation. */
async function hasDocumentsWithoutFederation(payload: Payload): Promise<boolean> {
  const [none] = federationConditions(null)
  for (const collection of FEDERATION_LISTS) {
    if ((await payload.count({ collection, where: none, overrideAccess: true })).totalDocs > 0) return true
  }
  return false
}
