import type { Payload, Where } from 'payload'
import { assignByDepartement, type AssignmentPlan } from '../../../src/campaigns/assign'
import { inTransactions } from '../../imports/batches'
import { relationId } from '../../shared/relation-ids'

/**
 * Assigns every structure without a facilitator (in `region`, or everywhere) to a facilitator of its
 * département: the département of the facilitator's ERIC space. Structures assigned by hand keep their facilitator.
 */
export async function assignStructuresByDepartement(payload: Payload, region?: string): Promise<AssignmentPlan> {
  const scope: Where[] = [{ assignedFacilitator: { exists: false } }]
  if (region) scope.push({ region: { equals: region } })
  const [unassigned, facilitators, spaces, assigned] = await Promise.all([
    payload.find({ collection: 'structures', where: { and: scope }, pagination: false, depth: 0, joins: false, select: { departement: true }, overrideAccess: true }),
    payload.find({ collection: 'facilitators', pagination: false, depth: 0, joins: false, select: { ericSpace: true }, overrideAccess: true }),
    payload.find({ collection: 'eric-spaces', pagination: false, depth: 0, joins: false, select: { departement: true }, overrideAccess: true }),
    payload.find({ collection: 'structures', where: { assignedFacilitator: { exists: true } }, pagination: false, depth: 0, joins: false, select: { assignedFacilitator: true }, overrideAccess: true }),
  ])
  const departementOfSpace = new Map(spaces.docs.map((s) => [String(s.id), String(s.departement)]))
  const load = new Map<string, number>()
  for (const s of assigned.docs) {
    const id = relationId(s.assignedFacilitator)
    if (id) load.set(id, (load.get(id) ?? 0) + 1)
  }
  const seats = facilitators.docs.flatMap((f) => {
    const departement = departementOfSpace.get(relationId(f.ericSpace) ?? '')
    return departement ? [{ id: String(f.id), departement, load: load.get(String(f.id)) ?? 0 }] : []
  })
  const plan = assignByDepartement(
    unassigned.docs.map((s) => ({ id: String(s.id), departement: String(s.departement) })),
    seats,
  )
  await inTransactions(payload, plan.assignments, 200, async ({ structureId, facilitatorId }, req) => {
    await payload.update({ collection: 'structures', id: structureId, data: { assignedFacilitator: facilitatorId }, depth: 0, select: { siret: true }, overrideAccess: true, req })
  })
  return plan
}
