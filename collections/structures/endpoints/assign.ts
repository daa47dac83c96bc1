import type { Payload, PayloadRequest, Where } from 'payload'
import { assignByDepartement, type AssignmentPlan, type FacilitatorSeat } from '../../../src/campaigns/assign'
import { inTransactions } from '../../imports/batches'
import { relationId } from '../../shared/relation-ids'

/**
 * Assigns every structure without a facilitator (in `region`, or everywhere; in `federations` when given: a
 * coordinator's own) to a facilitator of its département — the département of the facilitator's ERIC space — and of
 * its federation: a structure never gets another federation's facilitator. Structures assigned by hand keep theirs.
 */
export async function assignStructuresByDepartement(payload: Payload, region?: string, federations?: readonly string[]): Promise<AssignmentPlan> {
  const scope: Where[] = [{ assignedFacilitator: { exists: false } }]
  if (region) scope.push({ region: { equals: region } })
  if (federations) scope.push({ federation: { in: [...federations] } })
  const [unassigned, seats] = await Promise.all([
    payload.find({ collection: 'structures', where: { and: scope }, pagination: false, depth: 0, joins: false, select: { departement: true, federation: true }, overrideAccess: true }),
    facilitatorSeats(payload),
  ])
  const plan: AssignmentPlan = { assignments: [], unmatched: {} }
  const byFederation = new Map<string, typeof unassigned.docs>()
  for (const s of unassigned.docs) {
    const federation = relationId(s.federation) ?? ''
    byFederation.set(federation, [...(byFederation.get(federation) ?? []), s])
  }
  for (const [federation, structures] of byFederation) {
    const part = assignByDepartement(
      structures.map((s) => ({ id: String(s.id), departement: String(s.departement) })),
      seats.filter((seat) => seat.federation === federation),
    )
    plan.assignments.push(...part.assignments)
    for (const [departement, n] of Object.entries(part.unmatched)) plan.unmatched[departement] = (plan.unmatched[departement] ?? 0) + n
  }
  await inTransactions(payload, plan.assignments, 200, async ({ structureId, facilitatorId }, req) => {
    await payload.update({ collection: 'structures', id: structureId, data: { assignedFacilitator: facilitatorId }, depth: 0, select: { siret: true }, overrideAccess: true, req })
  })
  return plan
}

/**
 * Every facilitator whose ERIC space has a département, with the number of structures already assigned to them:
 * what the assignment rule shares structures out among (also used for a second-step lead, with the lead's `req`).
 */
export async function facilitatorSeats(payload: Payload, req?: PayloadRequest): Promise<(FacilitatorSeat & { federation: string })[]> {
  const [facilitators, spaces, assigned] = await Promise.all([
    payload.find({ collection: 'facilitators', pagination: false, depth: 0, joins: false, select: { ericSpace: true, federation: true }, overrideAccess: true, req }),
    payload.find({ collection: 'eric-spaces', pagination: false, depth: 0, joins: false, select: { departement: true }, overrideAccess: true, req }),
    payload.find({ collection: 'structures', where: { assignedFacilitator: { exists: true } }, pagination: false, depth: 0, joins: false, select: { assignedFacilitator: true }, overrideAccess: true, req }),
  ])
  const departementOfSpace = new Map(spaces.docs.map((s) => [String(s.id), String(s.departement)]))
  const load = new Map<string, number>()
  for (const s of assigned.docs) {
    const id = relationId(s.assignedFacilitator)
    if (id) load.set(id, (load.get(id) ?? 0) + 1)
  }
  return facilitators.docs.flatMap((f) => {
    const departement = departementOfSpace.get(relationId(f.ericSpace) ?? '')
    return departement ? [{ id: String(f.id), departement, load: load.get(String(f.id)) ?? 0, federation: relationId(f.federation) ?? '' }] : []
  })
}
