import { Worker, type Job, type WorkerOptions } from 'bullmq'
import { createLocalReq, type Payload, type PayloadRequest, type Where } from 'payload'
import {
  KIT_EVENT,
  KIT_JOB,
  kitBacklogWindow,
  kitJobId,
  kitLink,
  kitProgress,
  kitRequestKey,
  kitRequestPrefix,
  nextKitState,
  type KitAction,
  type KitJobData,
  type KitProgress,
  type KitState,
  type KitStatus,
} from '../../src/campaigns/kit'
import { renderEmail, type Lang, type RenderedEmail } from '../../src/email'
import { env } from '../../src/lib/env'
import { createLogger } from '../../src/lib/logger'
import { inTransaction } from '../../src/lib/transaction'
import type { OutboxEventJob } from '../../src/outbox/relay'
import { writeOutboxEvent } from '../../src/outbox/write-event'
import { bilingual } from '../../src/validation/messages'
import { relationId, relationIds } from '../../collections/shared/relation-ids'
import type { EventContext } from '../shared/event-context'
import type { Queues } from '../plumbing/queues'
import { requestMail } from '../shared/request-mail'

const log = createLogger('campaign-kit')

/**
 * The campaign kit mailing (domain §5b, regional phase). A coordinator's launch, pause or resume is written on the
 * campaign with an outbox event (same transaction); the worker turns a launch into one `campaign` job per
 * structure of the region still "to approach"; each job hands one kit to the mail pipeline (idempotency key per
 * campaign and structure: never two mails) and moves the structure to "presented". Kits are fed to the mail
 * pipeline at the pace mails leave (rate limit and backlog window, see startCampaignWorker), so a pause stops the
 * flow at once and the rest of essaim's mail never waits behind a region's kits.
 */

interface CampaignDoc {
  id: string | number
  title: string
  region?: string | null
  step?: string | null
  structures?: unknown
  kit?: { link?: string | null; documents?: { line?: string | null }[] | null } | null
  kitMailing?: { status?: KitStatus | null; generation?: number | null } | null
  assets?: { presentation?: unknown } | null
}

interface StructureDoc {
  id: string | number
  name: string
  region?: string | null
  contactStatus?: string | null
  contactStep?: string | null
  contactEmail?: string | null
  /** The contact's one-click unsubscribe (collections/structures/endpoints/unsubscribe.ts): no more kits. */
  campaignOptOutAt?: string | null
}

const NO_REGION = bilingual(
  'Cette campagne n’a pas de région : le kit va aux structures d’une région',
  'this campaign has no region: the kit goes to the structures of one region',
)
const NO_LINK = bilingual(
  'Renseignez le lien du kit (ou un document de présentation) avant l’envoi',
  'set the kit link (or a presentation document) before sending',
)
const CAMPAIGN = { fr: 'Campagne', en: 'campaign' }

const stateOf = (campaign: CampaignDoc): KitState => ({
  status: campaign.kitMailing?.status ?? 'idle',
  generation: campaign.kitMailing?.generation ?? 0,
})

async function loadCampaign(payload: Payload, id: string, req?: PayloadRequest): Promise<CampaignDoc | undefined> {
  const doc = await payload.findByID({ collection: 'campaigns', id, depth: 0, disableErrors: true, overrideAccess: true, req })
  return (doc as unknown as CampaignDoc | null) ?? undefined
}

/** Where the kit's button leads: the campaign's link, else its presentation document's public URL. */
async function linkOf(payload: Payload, campaign: CampaignDoc): Promise<string | undefined> {
  const presentationId = relationId(campaign.assets?.presentation)
  const media = presentationId
    ? ((await payload.findByID({ collection: 'media', id: presentationId, depth: 0, disableErrors: true, overrideAccess: true })) as { url?: string | null } | null)
    : null
  return kitLink(campaign.kit?.link, media?.url, env().serverUrl)
}

/** Why a launch would be refused now: no region (a second step needs none), nowhere for the kit's button to lead. */
async function launchProblems(payload: Payload, campaign: CampaignDoc): Promise<string[]> {
  const reaches = campaign.region || isSecondStep(campaign)
  return [...(reaches ? [] : [NO_REGION]), ...((await linkOf(payload, campaign)) ? [] : [NO_LINK])]
}

type KitFacts = { campaignName: string; structureName?: string; link: string; documents?: string[] }

/** What the kit template needs, for one structure (its name is the only personal fact). */
function kitData(campaign: CampaignDoc, structureName: string | undefined, link: string): KitFacts {
  const documents = (campaign.kit?.documents ?? []).map((d) => d.line?.trim() ?? '').filter(Boolean)
  return { campaignName: campaign.title, structureName, link, ...(documents.length ? { documents } : {}) }
}

const isSecondStep = (campaign: CampaignDoc): boolean => campaign.step === 'second'

/**
 * Who a campaign's kit is for. The first step's: the structures of its region, except the second step's leads
 * (their status is about the second step). The second step's: its leads (src/campaigns/second-step.ts).
 * Undefined when it reaches nobody (a first-step campaign without a region, a second step without leads yet).
 */
function audienceWhere(campaign: CampaignDoc): Where | undefined {
  if (isSecondStep(campaign)) {
    const leads = relationIds(campaign.structures)
    return leads.length ? { and: [{ id: { in: leads } }, { contactStep: { equals: 'second' } }] } : undefined
  }
  if (!campaign.region) return undefined
  return { and: [{ region: { equals: campaign.region } }, { or: [{ contactStep: { exists: false } }, { contactStep: { not_equals: 'second' } }] }] }
}

/** Whether a structure is (still) in a campaign's audience, as audienceWhere selects it. */
function inAudience(campaign: CampaignDoc, structure: StructureDoc): boolean {
  if (isSecondStep(campaign)) return structure.contactStep === 'second' && relationIds(campaign.structures).includes(String(structure.id))
  return Boolean(campaign.region) && structure.region === campaign.region && structure.contactStep !== 'second'
}

/** The structures a launch mails: of the campaign's audience, still to approach, with an address, not unsubscribed. */
const recipientsWhere = (campaign: CampaignDoc, withAddress: boolean): Where | undefined => {
  const audience = audienceWhere(campaign)
  if (!audience) return undefined
  return {
    and: [
      audience,
      { contactStatus: { equals: 'to-approach' } },
      { contactEmail: { exists: withAddress } },
      { campaignOptOutAt: { exists: false } },
    ],
  }
}

export type KitCommandResult = { ok: true; state: KitState } | { ok: false; status: 400 | 404 | 409; message: string }

/**
 * A person's launch / pause / resume: checked against the mailing's state, recorded on the campaign, and handed
 * to the worker through the outbox in the same transaction (nothing is queued if the write rolls back).
 */
export async function requestKitAction(payload: Payload, campaignId: string, action: KitAction, userId?: string): Promise<KitCommandResult> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async (): Promise<KitCommandResult> => {
    const campaign = await loadCampaign(payload, campaignId, req)
    if (!campaign) return { ok: false, status: 404, message: `${CAMPAIGN.fr} introuvable / ${CAMPAIGN.en} not found` }
    const problems = action === 'pause' ? [] : await launchProblems(payload, campaign)
    if (problems.length) return { ok: false, status: 400, message: problems.join(' ; ') }
    const next = nextKitState(stateOf(campaign), action)
    if (!next.ok) return { ok: false, status: 409, message: next.message }
    const now = new Date().toISOString()
    const stamp = action === 'pause' ? { pausedAt: now } : { launchedAt: now, launchedBy: userId }
    await payload.update({
      collection: 'campaigns',
      id: campaignId,
      data: { kitMailing: { ...campaign.kitMailing, ...next.state, ...stamp } },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await writeOutboxEvent(req, { type: KIT_EVENT, aggregate: 'campaigns', aggregateId: campaignId, data: { action, generation: next.state.generation } })
    log.info('kit mailing', { campaignId, action, generation: next.state.generation })
    return { ok: true, state: next.state }
  })
}

/** The ids of the structures a launch still has to mail (ids only: 10,000 structures are a few hundred KB). */
async function recipientIds(payload: Payload, campaign: CampaignDoc): Promise<string[]> {
  const where = recipientsWhere(campaign, true)
  if (!where) return []
  const { docs } = await payload.find({
    collection: 'structures',
    where,
    pagination: false,
    depth: 0,
    joins: false,
    select: { siret: true },
    overrideAccess: true,
  })
  return docs.map((d) => String(d.id))
}

/** Takes this campaign's waiting kit jobs out of the queue (active ones see the pause and skip). */
async function removeWaitingJobs(queues: Queues, campaignId: string): Promise<number> {
  const jobs = await queues.campaign.getJobs(['waiting', 'prioritized', 'delayed'])
  let removed = 0
  for (const job of jobs) {
    if (job.name !== KIT_JOB || (job.data as KitJobData).campaignId !== campaignId) continue
    // A job that became active meanwhile is locked and cannot be removed: its own check skips it.
    removed += await job.remove().then(
      () => 1,
      () => 0,
    )
  }
  return removed
}

/** The worker's side of a launch, resume or pause (outbox event `campaign.kit`). */
export async function handleKitEvent({ payload, queues }: EventContext, event: OutboxEventJob): Promise<void> {
  const campaignId = event.aggregateId
  const { action, generation } = event.data as { action: KitAction; generation: number }
  if (action === 'pause') {
    const removed = await removeWaitingJobs(queues, campaignId)
    log.info('kit mailing paused', { campaignId, removed })
    return
  }
  const campaign = await loadCampaign(payload, campaignId)
  const state = campaign ? stateOf(campaign) : undefined
  // A pause or a newer launch committed since: that event decides.
  if (!campaign || state?.status !== 'running' || state.generation !== generation) return
  const ids = await recipientIds(payload, campaign)
  for (let i = 0; i < ids.length; i += 500) {
    await queues.campaign.addBulk(
      ids.slice(i, i + 500).map((structureId) => ({
        name: KIT_JOB,
        data: { campaignId, structureId, generation } satisfies KitJobData,
        opts: { jobId: kitJobId(campaignId, generation, structureId) },
      })),
    )
  }
  log.info('kit mailing queued', { campaignId, generation, structures: ids.length })
}

export type KitJobOutcome = 'requested' | 'paused' | 'already-contacted' | 'no-address' | 'unsubscribed' | 'gone'

/** How long the campaign queue rests when the mail pipeline is full. */
const BACKOFF_MS = 500

async function mailBacklog(queues: Queues): Promise<number> {
  const [notify, mail] = await Promise.all([
    queues.notify.getJobCounts('waiting', 'active', 'prioritized'),
    queues.mail.getJobCounts('waiting', 'active', 'prioritized'),
  ])
  return [notify, mail].reduce((sum, c) => sum + (c.waiting ?? 0) + (c.active ?? 0) + (c.prioritized ?? 0), 0)
}

/**
 * One structure's kit. While the mail pipeline holds `backlogWindow` messages, the job goes back to the wait list
 * and the whole campaign queue rests a moment (BullMQ manual rate limit: no attempt used, no job shuffled).
 * Then it asks for the mail first and moves the status second: a crash in between leaves the structure "to
 * approach", and the retry's request is the same key, so it adds nothing.
 */
export async function runKitJob(payload: Payload, queues: Queues, job: Job<KitJobData>, backlogWindow?: number): Promise<KitJobOutcome> {
  if (backlogWindow !== undefined && (await mailBacklog(queues)) >= backlogWindow) {
    await queues.campaign.rateLimit(BACKOFF_MS)
    throw Worker.RateLimitError()
  }
  const { campaignId, structureId, generation } = job.data
  const campaign = await loadCampaign(payload, campaignId)
  if (!campaign) return 'gone'
  const state = stateOf(campaign)
  if (state.status !== 'running' || state.generation !== generation) return 'paused'
  const structure = (await payload.findByID({ collection: 'structures', id: structureId, depth: 0, joins: false, disableErrors: true, overrideAccess: true })) as StructureDoc | null
  if (!structure || !inAudience(campaign, structure)) return 'gone'
  if ((structure.contactStatus ?? 'to-approach') !== 'to-approach') return 'already-contacted'
  if (!structure.contactEmail) return 'no-address'
  // Queued before the contact unsubscribed: the opt-out wins.
  if (structure.campaignOptOutAt) return 'unsubscribed'
  const link = await linkOf(payload, campaign)
  // The link was checked at launch; if it was removed since, retrying later lets someone put it back.
  if (!link) throw new Error(`campaign ${campaignId}: no kit link`)
  await requestMail(queues, {
    kind: 'campaign.kit',
    idempotencyKey: kitRequestKey(campaignId, structureId),
    structureId,
    addresses: [{ address: structure.contactEmail, name: structure.name, language: 'fr' }],
    data: kitData(campaign, structure.name, link),
  })
  await payload.update({
    collection: 'structures',
    id: structureId,
    data: { contactStatus: 'presented' },
    depth: 0,
    select: { siret: true },
    overrideAccess: true,
    context: { kitCampaign: campaignId },
  })
  return 'requested'
}

/** Sent, failed and in-delivery kits (from the delivery log), and the structures still to reach. */
export async function readKitProgress(payload: Payload, campaignId: string): Promise<KitProgress | undefined> {
  const campaign = await loadCampaign(payload, campaignId)
  if (!campaign) return undefined
  const deliveries = (status: string) =>
    payload
      .count({
        collection: 'notifications',
        where: { and: [{ kind: { equals: 'campaign.kit' } }, { requestKey: { like: kitRequestPrefix(campaignId) } }, { status: { equals: status } }] },
        overrideAccess: true,
      })
      .then((r) => r.totalDocs)
  const structures = (withAddress: boolean) => {
    const where = recipientsWhere(campaign, withAddress)
    return where ? payload.count({ collection: 'structures', where, overrideAccess: true }).then((r) => r.totalDocs) : Promise.resolve(0)
  }
  const [sent, failed, queued, remaining, noAddress] = await Promise.all([
    deliveries('sent'),
    deliveries('failed'),
    deliveries('queued'),
    structures(true),
    structures(false),
  ])
  return kitProgress(stateOf(campaign).status, { sent, failed, queued, remaining, noAddress })
}

export interface KitPreview {
  mail: RenderedEmail
  /** The region the kit goes to (none for a national campaign). */
  region?: string
  /** Why a launch would be refused now (no region, no link); empty when it can go. */
  problems: string[]
}

/** The kit as the first structure to reach would receive it (a placeholder name when there is none yet). */
export async function previewKit(payload: Payload, campaignId: string, lang: Lang): Promise<KitPreview | undefined> {
  const campaign = await loadCampaign(payload, campaignId)
  if (!campaign) return undefined
  const link = await linkOf(payload, campaign)
  const problems = await launchProblems(payload, campaign)
  const where = recipientsWhere(campaign, true)
  const first = where
    ? (await payload.find({ collection: 'structures', where, sort: 'name', limit: 1, depth: 0, joins: false, overrideAccess: true })).docs[0]
    : undefined
  const name = (first as StructureDoc | undefined)?.name ?? (lang === 'fr' ? 'Structure exemple' : 'Sample organisation')
  const mail = renderEmail('campaign.kit', lang, kitData(campaign, name, link ?? `${env().serverUrl}/`))
  return { mail, problems, region: campaign.region ?? undefined }
}

/**
 * The `campaign` queue's worker: never more kits per second than the SMTP relay takes (the mail queue's limit),
 * and none while the mail pipeline holds its window (kitBacklogWindow), so a pause stops the mailing at once.
 * Two at a time: a kit job is a few reads and one write, the pace is set by the mail side.
 */
export function startCampaignWorker(
  payload: Payload,
  queues: Queues,
  options: Pick<WorkerOptions, 'connection' | 'prefix' | 'maxStalledCount' | 'removeOnComplete' | 'removeOnFail'>,
  ratePerSecond: number,
): Worker {
  const window = kitBacklogWindow(ratePerSecond)
  return new Worker(queues.campaign.name, (job: Job<KitJobData>) => runKitJob(payload, queues, job, window), {
    ...options,
    concurrency: 2,
    // Always a limiter: BullMQ honours a manual rate limit (the backlog pause above) only on a limited queue.
    limiter: { max: ratePerSecond > 0 ? ratePerSecond : 1000, duration: 1000 },
  })
}
