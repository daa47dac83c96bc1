import { Queue, Worker, type WorkerOptions } from 'bullmq'
import { createLocalReq, type Payload } from 'payload'
import {
  NUDGED_STATUSES,
  campaignForRegion,
  nudgeGroups,
  staleBefore,
  type CampaignPeriod,
  type NudgeGroup,
  type WorklistEntry,
} from '../../src/campaigns/worklist'
import { TIME_ZONE } from '../../src/email'
import { env } from '../../src/lib/env'
import { listenForErrors } from '../../src/lib/error-listener'
import { createLogger } from '../../src/lib/logger'
import { inTransaction } from '../../src/lib/transaction'
import { writeSystemFields } from '../../src/lib/system-write'
import type { OutboxEventJob } from '../../src/outbox/relay'
import { writeOutboxEvent } from '../../src/outbox/write-event'
import { REGIONS, type RegionCode } from '../../src/validation/departements'
import { relationId, relationIds } from '../../collections/shared/relation-ids'
import type { EventContext } from '../shared/event-context'
import { requestMail } from '../shared/request-mail'

const log = createLogger('worklist')

/**
 * The facilitators' 30-day nudge (domain §5b). One BullMQ job scheduler (not a job per structure) fires every
 * morning; its job finds the structures untouched for 30 days that were not nudged since, and per facilitator
 * marks them and writes one `worklist.nudge` outbox event in the same transaction. The event asks for the mail.
 * So a structure is nudged once per stale period, and a crash can neither lose nor repeat a nudge.
 */
export const WORKLIST_NUDGE = {
  queue: 'worklist',
  scheduler: 'worklist-nudge',
  job: 'worklist-nudge',
  event: 'worklist.nudge',
  /** 08:00 in Paris: in the facilitator's inbox when their day starts. */
  repeat: { pattern: '0 8 * * *', tz: TIME_ZONE },
} as const

interface NudgeEventData {
  userId: string
  campaignName: string
  structureNames: string[]
  untouchedDays: number
  link: string
}

async function staleEntries(payload: Payload, now: Date): Promise<WorklistEntry[]> {
  const cutoff = staleBefore(now).toISOString()
  const { docs } = await payload.find({
    collection: 'structures',
    where: {
      and: [
        { assignedFacilitator: { exists: true } },
        { contactStatus: { in: [...NUDGED_STATUSES] } },
        { or: [{ contactStatusChangedAt: { less_than_equal: cutoff } }, { contactStatusChangedAt: { exists: false } }] },
        { or: [{ lastContactAt: { less_than_equal: cutoff } }, { lastContactAt: { exists: false } }] },
      ],
    },
    pagination: false,
    depth: 0,
    joins: false,
    select: { name: true, region: true, assignedFacilitator: true, contactStatus: true, contactStep: true, contactStatusChangedAt: true, lastContactAt: true, worklistNudgedAt: true, createdAt: true },
    overrideAccess: true,
  })
  return docs.map((d) => ({
    id: String(d.id),
    name: d.name,
    region: d.region,
    facilitatorId: relationId(d.assignedFacilitator),
    contactStatus: d.contactStatus,
    contactStep: d.contactStep,
    contactStatusChangedAt: d.contactStatusChangedAt,
    lastContactAt: d.lastContactAt,
    worklistNudgedAt: d.worklistNudgedAt,
    createdAt: d.createdAt,
  }))
}

/** The facilitator's list in the admin: the structures assigned to them. */
const worklistLink = (facilitatorId: string): string =>
  `${env().serverUrl}/admin/collections/structures?where${encodeURIComponent('[assignedFacilitator][equals]')}=${encodeURIComponent(facilitatorId)}`

type NamedCampaign = CampaignPeriod & { structures: string[] }

function campaignName(campaigns: NamedCampaign[], group: NudgeGroup, now: Date): string {
  const { region } = group
  // A second-step lead is one of its campaign's structures (collections/campaigns/services/second-step-lead.ts).
  const lead = group.step === 'second' ? campaigns.find((c) => c.step === 'second' && c.structures.includes(group.entries[0].id)) : undefined
  if (lead) return lead.title
  const campaign = campaignForRegion(campaigns, region, now)
  if (campaign) return campaign.title
  return region && region in REGIONS ? `Déploiement régional – ${REGIONS[region as RegionCode]}` : 'Déploiement régional'
}

/** Marks the group's structures as nudged and records the nudge's event, together or not at all. */
async function recordNudge(payload: Payload, group: NudgeGroup, data: NudgeEventData, now: Date): Promise<boolean> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const existing = await payload.count({ collection: 'outbox-events', where: { eventId: { equals: group.idempotencyKey } }, overrideAccess: true, req })
    if (existing.totalDocs > 0) return false
    // A bookkeeping date: the structure's `updatedAt` stays, so an open form says no « Document modifié ».
    for (const entry of group.entries) await writeSystemFields(payload, req, 'structures', entry.id, { worklistNudgedAt: now.toISOString() })
    await writeOutboxEvent(req, { eventId: group.idempotencyKey, type: WORKLIST_NUDGE.event, aggregate: 'facilitators', aggregateId: group.facilitatorId, data: { ...data } })
    return true
  })
}

export interface NudgeOutcome {
  facilitators: number
  structures: number
}

/** One run of the daily nudge at `now` (tests move `now` forward instead of waiting 30 days). */
export async function runWorklistNudge(payload: Payload, now = new Date()): Promise<NudgeOutcome> {
  const groups = nudgeGroups(await staleEntries(payload, now), now)
  if (groups.length === 0) return { facilitators: 0, structures: 0 }
  const [profiles, campaigns] = await Promise.all([
    payload.find({ collection: 'facilitators', where: { id: { in: groups.map((g) => g.facilitatorId) } }, pagination: false, depth: 0, select: { user: true }, overrideAccess: true }),
    payload.find({ collection: 'campaigns', pagination: false, depth: 0, select: { title: true, region: true, startDate: true, endDate: true, step: true, structures: true }, overrideAccess: true }),
  ])
  const userOf = new Map(profiles.docs.map((p) => [String(p.id), relationId(p.user)]))
  const periods: NamedCampaign[] = campaigns.docs.map((c) => ({ ...c, id: String(c.id), structures: relationIds(c.structures) }))
  const outcome: NudgeOutcome = { facilitators: 0, structures: 0 }
  for (const group of groups) {
    const userId = userOf.get(group.facilitatorId)
    if (!userId) continue
    const recorded = await recordNudge(
      payload,
      group,
      {
        userId,
        campaignName: campaignName(periods, group, now),
        structureNames: group.entries.map((e) => e.name),
        untouchedDays: group.untouchedDays,
        link: worklistLink(group.facilitatorId),
      },
      now,
    )
    if (!recorded) continue
    outcome.facilitators++
    outcome.structures += group.entries.length
  }
  log.info('worklist nudges', { ...outcome })
  return outcome
}

/** The `worklist.nudge` event: one mail to the facilitator, keyed by the event (a replay adds nothing). */
export async function handleNudgeEvent({ queues }: EventContext, event: OutboxEventJob): Promise<void> {
  const { userId, ...data } = event.data as unknown as NudgeEventData
  await requestMail(queues, { kind: 'campaign.worklist_nudge', idempotencyKey: event.eventId, userIds: [userId], data })
}

/**
 * Registers (or updates) the nudge's one scheduler and returns the worker that runs its jobs. Upserting is
 * idempotent: every worker process may do it at start, there is still one scheduler.
 */
export async function startWorklistNudge(payload: Payload, options: Pick<WorkerOptions, 'connection' | 'prefix' | 'maxStalledCount'>): Promise<Worker> {
  const scheduler = listenForErrors(new Queue(WORKLIST_NUDGE.queue, { connection: options.connection, prefix: options.prefix }), 'queue worklist-nudge')
  try {
    await scheduler.upsertJobScheduler(WORKLIST_NUDGE.scheduler, WORKLIST_NUDGE.repeat, {
      name: WORKLIST_NUDGE.job,
      opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: { count: 60 }, removeOnFail: { count: 60 } },
    })
  } finally {
    await scheduler.close()
  }
  return new Worker(WORKLIST_NUDGE.queue, () => runWorklistNudge(payload, new Date()), { ...options, concurrency: 1 })
}
