import { relationId } from '../../../collections/shared/relation-ids'
import type { Enrolment } from '../../payload-types'
import { ENROLMENT_STATUS_LABELS, type EnrolmentStatus } from '../../sessions/enrolment-status'
import { decimal } from './csv'
import { labelsOf, participantLabels } from './scope'
import type { EvidenceScope } from './types'

/** The columns that say whom a line is about, first in the per-participant extracts. */
export const ENROLMENT_HEADER = [
  'Session / Session',
  'Structure / Structure',
  'Participant·e / Participant',
  'Fonction / Role',
  'Présence / Attendance',
  'Heures suivies / Hours attended',
]

/** Names of the enrolments' people and structures, read once, and the cells of ENROLMENT_HEADER for each. */
export async function enrolmentLabels(scope: EvidenceScope, enrolments: readonly Enrolment[]) {
  const [person, structures] = await Promise.all([
    participantLabels(scope.payload, enrolments.map((e) => relationId(e.participant))),
    labelsOf(scope.payload, 'structures', enrolments.map((e) => relationId(e.structure)), 'name'),
  ])
  const sessions = new Map(scope.sessions.map((s) => [String(s.id), s.title]))
  const structureOf = (e: Enrolment) => structures.get(relationId(e.structure) ?? '') ?? ''
  const personOf = (e: Enrolment) => person(relationId(e.participant))
  return {
    personOf,
    structureOf,
    cells: (e: Enrolment) => [
      sessions.get(relationId(e.session) ?? '') ?? '',
      structureOf(e),
      personOf(e).name,
      personOf(e).role,
      ENROLMENT_STATUS_LABELS[e.status as EnrolmentStatus]?.fr ?? e.status,
      decimal(e.hoursAttended ?? 0),
    ],
  }
}
