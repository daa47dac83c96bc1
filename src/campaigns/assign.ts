/**
 * Assignment of structures to facilitators by département: each structure without a facilitator goes to a
 * facilitator whose ERIC space is in its département, the least loaded first, so a département's structures are
 * shared out evenly. Structures of a département without any facilitator stay unassigned (reported).
 */

export interface UnassignedStructure {
  id: string
  departement: string
}

export interface FacilitatorSeat {
  id: string
  /** The département of the facilitator's ERIC space. */
  departement: string
  /** Structures already assigned to them. */
  load: number
}

export interface Assignment {
  structureId: string
  facilitatorId: string
}

export interface AssignmentPlan {
  assignments: Assignment[]
  /** Structures left unassigned, by département (no facilitator there). */
  unmatched: Record<string, number>
}

export function assignByDepartement(structures: readonly UnassignedStructure[], seats: readonly FacilitatorSeat[]): AssignmentPlan {
  const byDepartement = new Map<string, FacilitatorSeat[]>()
  for (const seat of seats) byDepartement.set(seat.departement, [...(byDepartement.get(seat.departement) ?? []), { ...seat }])
  const assignments: Assignment[] = []
  const unmatched: Record<string, number> = {}
  for (const structure of structures) {
    const candidates = byDepartement.get(structure.departement)
    if (!candidates?.length) {
      unmatched[structure.departement] = (unmatched[structure.departement] ?? 0) + 1
      continue
    }
    // Least loaded, then by id: the same input always gives the same plan.
    const seat = candidates.reduce((best, s) => (s.load < best.load || (s.load === best.load && s.id < best.id) ? s : best))
    seat.load++
    assignments.push({ structureId: structure.id, facilitatorId: seat.id })
  }
  return { assignments, unmatched }
}
