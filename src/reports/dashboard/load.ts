import type { Payload, Where } from 'payload'
import type { Campaign } from '../../payload-types'
import { relationId, relationIds } from '../../../collections/shared/relation-ids'
import { FILE_STATES } from '../../workflow/states'
import { scoreSummary } from '../scores'
import { RISKS, RISK_KINDS } from './at-risk'
import { firstSlotStart } from '../../sessions/first-slot'
import { countBy, monthOf } from './count-by'
import { federationConditions, type FederationScope } from './federation-scope'
import { periodBounds, type DashboardFilters } from './filters'
import { secondStepFigures } from './second-step'
import { listLink, type ListCollection } from './links'
import type { Dashboard, LinkedCount, ReachFigure, SatisfactionFigure, TargetFigure } from './types'

export type DashboardResult = { ok: true; dashboard: Dashboard } | { ok: false; error: { fr: string; en: string } }

const REACHED = ['presented', 'engaged', 'trained']

type LinkTo = (collection: ListCollection, base: readonly Where[], ...more: Where[]) => string

/**
 * The campaign dashboard's figures, read with the system's rights (the callers check the reader is staff).
 * Every figure comes with the admin list that shows its rows: the list's conditions are the ones counted here.
 * `federation` narrows every figure (and so every list) to one federation's documents: the national view's columns.
 */
export async function loadDashboard(
  payload: Payload,
  filters: DashboardFilters,
  options: { now?: Date; adminRoute?: string; federation?: FederationScope } = {},
): Promise<DashboardResult> {
  const now = options.now ?? new Date()
  const admin = options.adminRoute ?? payload.config.routes.admin
  const inFederation = federationConditions(options.federation)
  const find = async <C extends 'funding-files' | 'sessions' | 'structures' | 'campaigns' | 'enrolments' | 'participants' | 'survey-responses'>(
    collection: C,
    where: Where,
  ) => (await payload.find({ collection, where, depth: 0, pagination: false, overrideAccess: true })).docs

  const campaign = filters.campaign ? (await find('campaigns', { id: { equals: filters.campaign } }))[0] : undefined
  if (filters.campaign && !campaign) {
    return { ok: false, error: { fr: `Campagne introuvable : « ${filters.campaign} ».`, en: `Campaign not found: "${filters.campaign}".` } }
  }
  const { from, to } = periodBounds(filters)

  // The structures in scope, as conditions on a file's (or a session's) structure field; the federation is the
  // file's (or session's) own, which follows its structure's.
  const scopeOn = (field: 'structure' | 'structures'): Where[] => [
    ...inFederation,
    ...(campaign ? [{ [field]: { in: relationIds(campaign.structures) } }] : []),
    ...(filters.region ? [{ [`${field}.region`]: { equals: filters.region } }] : []),
  ]
  const structureScope: Where[] = [
    ...inFederation,
    ...(campaign ? [{ id: { in: relationIds(campaign.structures) } }] : []),
    ...(filters.region ? [{ region: { equals: filters.region } }] : []),
  ]
  const structures = await find('structures', { and: structureScope })

  // Funding files: in scope, and with their session starting in the period when one is set.
  const fileConditions: Where[] = [
    ...scopeOn('structure'),
    ...(from ? [{ sessionStart: { greater_than_equal: from.toISOString() } }] : []),
    ...(to ? [{ sessionStart: { less_than_equal: to.toISOString() } }] : []),
  ]
  const files = await find('funding-files', { and: fileConditions })
  const link: LinkTo = (collection, base, ...more) => listLink(admin, collection, [...base, ...more])
  const linked = (counts: Map<string, number>, collection: ListCollection, base: readonly Where[], where: (key: string) => Where): LinkedCount[] =>
    [...counts].map(([key, count]) => ({ key, count, link: link(collection, base, where(key)) }))

  // Sessions: in scope (any of their structures), first half-day in the period.
  const sessions = (await find('sessions', { and: scopeOn('structures') })).filter((s) => {
    const first = firstSlotStart(s.slots)
    if (!first) return !from && !to
    const at = new Date(first).getTime()
    return (!from || at >= from.getTime()) && (!to || at <= to.getTime())
  })
  const sessionIds = sessions.map((s) => String(s.id))
  const sessionScope: Where[] = [{ id: { in: sessionIds } }]
  const byMonth = new Map<string, string[]>()
  for (const s of sessions) {
    const first = firstSlotStart(s.slots)
    if (!first) continue
    const month = monthOf(first)
    byMonth.set(month, [...(byMonth.get(month) ?? []), String(s.id)])
  }

  // Participants: enrolled (not withdrawn) in those sessions, by job role.
  const enrolmentScope: Where[] = [{ session: { in: sessionIds } }, { status: { not_equals: 'withdrawn' } }]
  const enrolments = sessionIds.length ? await find('enrolments', { and: enrolmentScope }) : []
  const participantIds = [...new Set(enrolments.map((e) => relationId(e.participant)).filter((id): id is string => Boolean(id)))]
  const participants = participantIds.length ? await find('participants', { id: { in: participantIds } }) : []
  const roleOf = new Map(participants.map((p) => [String(p.id), p.jobRole ?? 'autre']))

  const responses = sessionIds.length
    ? await find('survey-responses', { and: [{ session: { in: sessionIds } }, { kind: { in: ['hot', 'cold'] } }] })
    : []
  const satisfaction = (kind: 'hot' | 'cold'): SatisfactionFigure => {
    const summary = scoreSummary(responses.filter((r) => r.kind === kind).map((r) => ({ answers: r.answers ?? [] })))
    return {
      respondents: summary.respondents,
      mean: summary.mean,
      satisfiedRate: summary.satisfiedRate,
      distribution: summary.distribution,
      link: link('survey-responses', [{ session: { in: sessionIds } }, { kind: { equals: kind } }]),
    }
  }

  const structureName = new Map<string, string>()
  for (const s of await find('structures', { id: { in: [...new Set(files.map((f) => relationId(f.structure) ?? ''))] } })) {
    structureName.set(String(s.id), s.name)
  }

  const dashboard: Dashboard = {
    filters,
    generatedAt: now.toISOString(),
    scope: {
      structures: structures.length,
      files: { key: 'files', count: files.length, link: link('funding-files', fileConditions) },
      sessions: { key: 'sessions', count: sessions.length, link: link('sessions', sessionScope) },
    },
    filesByState: linked(countBy(files, (f) => f.status, FILE_STATES), 'funding-files', fileConditions, (key) => ({ status: { equals: key } })),
    filesByOpco: linked(countBy(files, (f) => f.opco ?? 'none'), 'funding-files', fileConditions, (key) =>
      key === 'none' ? { opco: { exists: false } } : { opco: { equals: key } },
    ),
    sessionsByMonth: [...byMonth.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, ids]) => ({ key, count: ids.length, link: link('sessions', [{ id: { in: ids } }]) })),
    reach: reachOf(structures, structureScope, link),
    targets: await targetFigures(payload, { campaign, filters, from, to, link, inFederation }),
    secondStep: await secondStepFigures(payload, structures, structureScope, link),
    participantsByRole: linked(
      countBy(enrolments, (e) => roleOf.get(relationId(e.participant) ?? '') ?? 'autre'),
      'enrolments',
      enrolmentScope,
      (key) => ({ 'participant.jobRole': { equals: key } }),
    ),
    satisfaction: { hot: satisfaction('hot'), cold: satisfaction('cold') },
    atRisk: RISK_KINDS.map((key) => {
      const risky = files.filter((f) => RISKS[key].applies(f, now))
      return {
        key,
        count: risky.length,
        link: link('funding-files', fileConditions, RISKS[key].where(now)),
        files: risky.map((f) => ({
          id: String(f.id),
          reference: f.reference ?? String(f.id),
          structure: structureName.get(relationId(f.structure) ?? '') ?? '',
          link: `${admin}/collections/funding-files/${f.id}`,
          deadline: f.deadline ?? null,
        })),
      }
    }),
  }
  return { ok: true, dashboard }
}

/** Structures reached against each campaign's target: the campaign chosen, else those of the region and period. */
async function targetFigures(
  payload: Payload,
  args: {
    campaign?: Campaign
    filters: DashboardFilters
    from?: Date
    to?: Date
    link: LinkTo
    inFederation: readonly Where[]
  },
): Promise<TargetFigure[]> {
  const { filters, from, to, link, inFederation } = args
  const where: Where = {
    and: [
      ...inFederation,
      ...(args.campaign ? [{ id: { equals: args.campaign.id } }] : []),
      ...(filters.region ? [{ region: { equals: filters.region } }] : []),
      ...(to ? [{ startDate: { less_than_equal: to.toISOString() } }] : []),
      ...(from ? [{ or: [{ endDate: { greater_than_equal: from.toISOString() } }, { endDate: { exists: false } }] }] : []),
    ],
  }
  const campaigns = (await payload.find({ collection: 'campaigns', where, depth: 0, pagination: false, sort: 'startDate', overrideAccess: true })).docs
  const figures: TargetFigure[] = []
  for (const c of campaigns) {
    const ids = relationIds(c.structures)
    // A campaign's structures are its federation's; the condition keeps a stray one out of a federation's column.
    const base: Where[] = [{ id: { in: ids } }, ...inFederation, ...(filters.region ? [{ region: { equals: filters.region } }] : [])]
    const members = (await payload.find({ collection: 'structures', where: { and: base }, depth: 0, pagination: false, overrideAccess: true })).docs
    const step = c.step === 'second' ? 'second' : 'first'
    figures.push({ campaignId: String(c.id), title: c.title, phase: c.phase, target: c.targets?.structures ?? null, ...reachOf(members, base, link, step) })
  }
  return figures
}

/**
 * Of some structures (those `base` selects), how many there are, were reached (presented, engaged, trained) and
 * trained, in the step asked. For the first step, a second-step lead was trained: its status now follows the second
 * step (src/campaigns/second-step.ts), so it counts as reached and trained rather than « to approach » again.
 */
function reachOf(
  members: readonly { contactStatus?: string | null; contactStep?: string | null }[],
  base: readonly Where[],
  link: LinkTo,
  step: 'first' | 'second' = 'first',
): ReachFigure {
  const beyond = (s: { contactStep?: string | null }) => step === 'first' && s.contactStep === 'second'
  const count = (statuses: readonly string[]) => members.filter((s) => beyond(s) || statuses.includes(s.contactStatus ?? 'to-approach')).length
  const orLead = (condition: Where): Where => (step === 'first' ? { or: [condition, { contactStep: { equals: 'second' } }] } : condition)
  return {
    structures: { key: 'structures', count: members.length, link: link('structures', base) },
    reached: { key: 'reached', count: count(REACHED), link: link('structures', base, orLead({ contactStatus: { in: REACHED } })) },
    trained: { key: 'trained', count: count(['trained']), link: link('structures', base, orLead({ contactStatus: { equals: 'trained' } })) },
  }
}
