import type { Payload } from 'payload'
import { relationIds } from '../../../collections/shared/relation-ids'
import type { Session } from '../../payload-types'
import { JOB_ROLE_LABELS, isJobRole } from '../../sessions/job-roles'
import { sessionsInPeriod } from '../indicators'
import type { EvidencePeriod, EvidenceScope } from './types'

/** Ids as strings, whatever the adapter hands back. */
export const idsOf = (docs: readonly { id: string | number }[]): string[] => docs.map((d) => String(d.id))

/** The period's sessions (first half-day inside it), their funding files and enrolments: read once, as the system. */
export async function loadScope(payload: Payload, period: EvidencePeriod): Promise<EvidenceScope> {
  const sessions = await sessionsInPeriod(payload, period)
  const sessionIds = idsOf(sessions)
  const where = { session: { in: sessionIds } }
  const [files, enrolments] = sessionIds.length
    ? await Promise.all([
        payload.find({ collection: 'funding-files', where, depth: 0, pagination: false, overrideAccess: true, sort: 'reference' }),
        payload.find({ collection: 'enrolments', where, depth: 0, pagination: false, overrideAccess: true }),
      ])
    : [{ docs: [] }, { docs: [] }]
  const programmeSessionIds = period.programmeId
    ? new Set(
        idsOf(
          (
            await payload.find({
              collection: 'sessions',
              where: { programme: { equals: period.programmeId } },
              depth: 0,
              pagination: false,
              overrideAccess: true,
            })
          ).docs,
        ),
      )
    : undefined
  return { payload, period, sessions, files: files.docs, enrolments: enrolments.docs, programmeSessionIds }
}

/**
 * A label per id (`field` of each document), for the ids given; one query per collection and call. Unknown ids
 * are left out, so a caller shows an empty cell rather than a wrong name.
 */
export async function labelsOf(
  payload: Payload,
  collection: 'structures' | 'participants' | 'users' | 'sessions' | 'eric-spaces' | 'programmes',
  ids: readonly (string | undefined)[],
  field: string,
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))]
  if (wanted.length === 0) return new Map()
  const { docs } = await payload.find({
    collection,
    where: { id: { in: wanted } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { [field]: true },
  })
  return new Map(docs.map((d) => [String(d.id), String((d as unknown as Record<string, unknown>)[field] ?? '')]))
}

/** The programmes the period is about: the one asked for, or those of the period's sessions. */
export function periodProgrammeIds(scope: EvidenceScope): string[] {
  if (scope.period.programmeId) return [scope.period.programmeId]
  return [...new Set(scope.sessions.flatMap((s) => relationIds(s.programme)))]
}

/** The same scope restricted to some of its sessions (their files and enrolments with them). */
export function narrowScope(scope: EvidenceScope, keep: (session: Session) => boolean): EvidenceScope {
  const sessions = scope.sessions.filter(keep)
  const ids = new Set(idsOf(sessions))
  const inside = (value: unknown) => ids.has(relationIds(value)[0] ?? '')
  return { ...scope, sessions, files: scope.files.filter((f) => inside(f.session)), enrolments: scope.enrolments.filter((e) => inside(e.session)) }
}

/** Without a programme filter everything is in; with one, what is tied to another programme's session is not. */
export const inProgramme = (scope: EvidenceScope, sessionId: string | undefined): boolean =>
  !scope.programmeSessionIds || !sessionId || scope.programmeSessionIds.has(sessionId)

/** Participants' names and job roles (French label), by id. */
export async function participantLabels(payload: Payload, ids: readonly (string | undefined)[]) {
  const [names, roles] = await Promise.all([labelsOf(payload, 'participants', ids, 'name'), labelsOf(payload, 'participants', ids, 'jobRole')])
  return (id: string | undefined) => {
    const role = roles.get(id ?? '')
    return { name: names.get(id ?? '') ?? '', role: isJobRole(role) ? JOB_ROLE_LABELS[role].fr : '' }
  }
}
