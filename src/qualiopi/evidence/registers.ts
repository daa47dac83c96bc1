import { relationId } from '../../../collections/shared/relation-ids'
import type { Complaint, ImprovementAction, Report, SurveyResponse } from '../../payload-types'
import { SURVEY_KIND_LABELS, type SurveyKind } from '../../sessions/survey-kinds'
import { day } from './csv'
import { inProgramme, labelsOf, participantLabels } from './scope'
import type { EvidenceScope } from './types'

/**
 * The quality registers read for the period: complaints by the day they were received, improvement actions by
 * the time they were open (decided before the end of the period, not ended before its start), each kept with a
 * programme filter unless it is tied to another programme's session.
 */

const inside = (value: string | null | undefined, scope: EvidenceScope) => {
  const t = value ? new Date(value).getTime() : Number.NaN
  return t >= scope.period.from.getTime() && t <= scope.period.to.getTime()
}

export async function periodComplaints(scope: EvidenceScope): Promise<Complaint[]> {
  const { docs } = await scope.payload.find({
    collection: 'complaints',
    where: {
      and: [
        { receivedAt: { greater_than_equal: scope.period.from.toISOString() } },
        { receivedAt: { less_than_equal: scope.period.to.toISOString() } },
        ...(scope.period.federations
          ? [{ or: [{ 'structure.federation': { in: [...scope.period.federations] } }, { 'session.federation': { in: [...scope.period.federations] } }] }]
          : []),
      ],
    },
    depth: 0,
    pagination: false,
    sort: 'receivedAt',
    overrideAccess: true,
  })
  return docs.filter((c) => inside(c.receivedAt, scope) && inProgramme(scope, relationId(c.session)))
}

/** A source of an improvement action, as the registers show it. */
export interface SourceFacts {
  key: string
  type: string
  label: string
  date: string
  sessionId?: string
}

const sourceKey = (relationTo: string, id: string) => `${relationTo}:${id}`

/** Every action's sources read once: what each is (complaint, answer, report), its date and session. */
async function sourceFacts(scope: EvidenceScope, actions: readonly ImprovementAction[]): Promise<Map<string, SourceFacts>> {
  const ids = (collection: string) => actions.flatMap((a) => (a.sources ?? []).filter((s) => s.relationTo === collection).map((s) => relationId(s.value) ?? ''))
  const find = async <T>(collection: 'complaints' | 'survey-responses' | 'reports', list: string[]): Promise<T[]> =>
    list.length
      ? ((await scope.payload.find({ collection, where: { id: { in: list } }, depth: 0, pagination: false, overrideAccess: true })).docs as T[])
      : []
  const [complaints, responses, reports] = await Promise.all([
    find<Complaint>('complaints', ids('complaints')),
    find<SurveyResponse>('survey-responses', ids('survey-responses')),
    find<Report>('reports', ids('reports')),
  ])
  const [person, accounts] = await Promise.all([
    participantLabels(scope.payload, responses.map((r) => relationId(r.participant))),
    labelsOf(scope.payload, 'users', responses.map((r) => relationId(r.respondent)), 'name'),
  ])
  const respondent = (r: SurveyResponse) => person(relationId(r.participant)).name || accounts.get(relationId(r.respondent) ?? '') || ''
  const facts: SourceFacts[] = [
    ...complaints.map((c) => ({
      key: sourceKey('complaints', String(c.id)),
      type: 'Réclamation',
      label: `« ${c.subject} » (${c.from?.name ?? ''})`,
      date: day(c.receivedAt),
      sessionId: relationId(c.session),
    })),
    ...responses.map((r) => ({
      key: sourceKey('survey-responses', String(r.id)),
      type: `Réponse : ${SURVEY_KIND_LABELS[r.kind as SurveyKind]?.fr ?? r.kind}`,
      label: [respondent(r), ...(r.answers ?? []).filter((a) => a.text).map((a) => `« ${a.text} »`)].filter(Boolean).join(' '),
      date: day(r.submittedAt),
      sessionId: relationId(r.session),
    })),
    ...reports.map((r) => ({
      key: sourceKey('reports', String(r.id)),
      type: 'Bilan',
      label: `« ${r.title} »`,
      date: day(r.generatedAt),
      sessionId: relationId(r.session),
    })),
  ]
  return new Map(facts.map((f) => [f.key, f]))
}

export interface ActionWithSources {
  action: ImprovementAction
  sources: SourceFacts[]
}

/**
 * The improvement log with each action's sources (the register is small: read entire, then filtered): the scope's
 * federations' actions only when it has some (a coordinator's archive).
 */
export async function actionsWithSources(scope: EvidenceScope): Promise<ActionWithSources[]> {
  const where = scope.period.federations ? { federation: { in: [...scope.period.federations] } } : undefined
  const { docs } = await scope.payload.find({ collection: 'improvement-actions', where, depth: 0, pagination: false, sort: 'decidedAt', overrideAccess: true })
  const facts = await sourceFacts(scope, docs)
  return docs.map((action) => ({
    action,
    sources: (action.sources ?? []).flatMap((s) => facts.get(sourceKey(s.relationTo, relationId(s.value) ?? '')) ?? []),
  }))
}

/** Open during the period, and (with a programme) not only about other programmes' sessions. */
export function inPeriod(scope: EvidenceScope, { action, sources }: ActionWithSources): boolean {
  const decided = new Date(action.decidedAt).getTime()
  const ended = action.doneAt ? new Date(action.doneAt).getTime() : Number.POSITIVE_INFINITY
  if (!(decided <= scope.period.to.getTime() && ended >= scope.period.from.getTime())) return false
  const sessions = sources.map((s) => s.sessionId).filter((id): id is string => Boolean(id))
  return sessions.length === 0 || sessions.some((id) => inProgramme(scope, id))
}
