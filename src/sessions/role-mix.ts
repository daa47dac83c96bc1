import type { JobRole } from './job-roles'

export interface EnrolledRole {
  structureId: string
  jobRole: JobRole
}

export interface StructureRoleMix {
  structureId: string
  counts: Partial<Record<JobRole, number>>
  /** Roles of the target nobody of this structure holds. */
  missing: JobRole[]
}

export interface RoleMix {
  structures: StructureRoleMix[]
  /** Counts over the whole session, for the session report. */
  counts: Partial<Record<JobRole, number>>
  /** Roles missing in at least one structure, in the target's order (the warning at list lock, T4). */
  missing: JobRole[]
}

/**
 * The "all job roles" lesson (§5b): each structure of the session should send at least one person of every role
 * in the target. A structure is judged on its own people: its direction does not cover another structure's.
 * Structures with nobody enrolled miss every role. With no structure named, the session is judged as a whole.
 */
export function roleMix(
  target: readonly JobRole[],
  structureIds: readonly string[],
  enrolled: readonly EnrolledRole[],
): RoleMix {
  const count = (people: readonly EnrolledRole[]) => {
    const counts: Partial<Record<JobRole, number>> = {}
    for (const p of people) counts[p.jobRole] = (counts[p.jobRole] ?? 0) + 1
    return counts
  }
  const groups = structureIds.length
    ? [...new Set([...structureIds, ...enrolled.map((p) => p.structureId)])].map((id) => ({
        structureId: id,
        people: enrolled.filter((p) => p.structureId === id),
      }))
    : [{ structureId: '', people: enrolled }]
  const structures = groups.map(({ structureId, people }): StructureRoleMix => {
    const counts = count(people)
    return { structureId, counts, missing: target.filter((role) => !counts[role]) }
  })
  const missingAnywhere = new Set(structures.flatMap((s) => s.missing))
  return { structures, counts: count(enrolled), missing: target.filter((role) => missingAnywhere.has(role)) }
}
