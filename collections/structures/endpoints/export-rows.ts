import type { Payload, TypedUser, Where } from 'payload'
import type { ExportedStructure } from '../../../src/import/export'
import { relationId } from '../../shared/relation-ids'

export interface ExportScope {
  where?: Where
  /** Read as this person (their access applies); the CLI reads as the system. */
  user?: TypedUser | null
}

interface FacilitatorInfo {
  email?: string
  name?: string
}

/** Name and account e-mail of the facilitators the structures are assigned to. */
async function facilitatorInfo(payload: Payload, ids: string[]): Promise<Map<string, FacilitatorInfo>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'facilitators',
    where: { id: { in: ids } },
    pagination: false,
    depth: 1,
    select: { name: true, user: true },
    overrideAccess: true,
  })
  return new Map(
    docs.map((d) => {
      const user = d.user as { email?: string } | string | undefined
      return [String(d.id), { name: d.name ?? undefined, email: typeof user === 'object' ? user?.email : undefined }]
    }),
  )
}

/**
 * The structures to export, sorted by département then name, with their facilitator's name and e-mail. With a
 * user, their read access applies (a facilitator exports only their structures).
 */
export async function exportRows(payload: Payload, scope: ExportScope): Promise<ExportedStructure[]> {
  const { docs } = await payload.find({
    collection: 'structures',
    where: scope.where,
    sort: ['departement', 'name'],
    pagination: false,
    depth: 0,
    joins: false,
    overrideAccess: !scope.user,
    user: scope.user ?? undefined,
  })
  const facilitators = await facilitatorInfo(payload, [...new Set(docs.flatMap((d) => relationId(d.assignedFacilitator) ?? []))])
  return docs.map((d) => {
    const facilitator = facilitators.get(relationId(d.assignedFacilitator) ?? '')
    return { ...(d as unknown as ExportedStructure), facilitatorEmail: facilitator?.email, facilitatorName: facilitator?.name }
  })
}

/** The filters an export understands, from query parameters or CLI options. */
export function exportWhere(filters: { region?: string | null; departement?: string | null; contactStatus?: string | null; facilitator?: string | null }): Where | undefined {
  const and: Where[] = []
  if (filters.region) and.push({ region: { equals: filters.region } })
  if (filters.departement) and.push({ departement: { equals: filters.departement.toUpperCase() } })
  if (filters.contactStatus) and.push({ contactStatus: { equals: filters.contactStatus } })
  if (filters.facilitator) and.push({ assignedFacilitator: { equals: filters.facilitator } })
  return and.length ? { and } : undefined
}
