import type { PayloadRequest, Where } from 'payload'
import { assignByDepartement } from '../../../src/campaigns/assign'
import { KIT_EVENT } from '../../../src/campaigns/kit'
import { leadDecision, type LeadDecision } from '../../../src/campaigns/second-step'
import { createLogger } from '../../../src/lib/logger'
import { writeOutboxEvent } from '../../../src/outbox/write-event'
import { facilitatorSeats } from '../../structures/endpoints/assign'
import { relationId, relationIds } from '../../shared/relation-ids'

const log = createLogger('second-step')

/** Hooks that write a campaign for a lead set this, so the campaign's own hook does not start over. */
export const LEAD_CONTEXT = 'secondStepLead'

/**
 * Makes a structure whose director answered the offer a lead of its federation's open second-step campaign, in the
 * caller's transaction (`req`): one of the campaign's structures, « to approach » again with its worklist about the
 * second step, and a facilitator (its own, else one by the first step's rule: its département, least loaded). So
 * it is on that facilitator's list and in the 30-day nudge like any structure; if the campaign's kit mailing is
 * running, a `campaign.kit` launch event (same generation: structures already mailed are not mailed again) hands
 * it its kit through the outbox, as a re-launch does for structures imported since.
 */
export async function leadFromInterest(req: PayloadRequest, structureId: string, answer: string | null | undefined, now = new Date()): Promise<LeadDecision> {
  if (answer !== 'interested') return { kind: 'no-lead' }
  const { payload } = req
  const structure = await payload.findByID({ collection: 'structures', id: structureId, depth: 0, joins: false, disableErrors: true, overrideAccess: true, req })
  if (!structure) return { kind: 'no-lead' }
  const federation = relationId(structure.federation)
  const inFederation: Where = federation ? { federation: { equals: federation } } : { federation: { exists: false } }
  const campaigns = (
    await payload.find({ collection: 'campaigns', where: { and: [{ step: { equals: 'second' } }, inFederation] }, depth: 0, pagination: false, overrideAccess: true, req })
  ).docs
  const decision = leadDecision(answer, structure, campaigns.map((c) => ({ ...c, id: String(c.id) })), now)
  if (decision.kind === 'waiting') {
    log.info('second-step lead waiting: no open second-step campaign in the federation', { structureId, federation: federation ?? null })
  }
  if (decision.kind !== 'lead') return decision
  const campaign = campaigns.find((c) => String(c.id) === decision.campaignId)!
  await payload.update({
    collection: 'campaigns',
    id: decision.campaignId,
    data: { structures: [...new Set([...relationIds(campaign.structures), structureId])] },
    depth: 0,
    overrideAccess: true,
    context: { [LEAD_CONTEXT]: true },
    req,
  })
  const facilitator =
    relationId(structure.assignedFacilitator) ??
    assignByDepartement(
      [{ id: structureId, departement: String(structure.departement) }],
      // Only a facilitator of the structure's own federation.
      (await facilitatorSeats(payload, req)).filter((seat) => seat.federation === (federation ?? '')),
    ).assignments[0]?.facilitatorId
  await payload.update({
    collection: 'structures',
    id: structureId,
    // A new stale period starts now, whatever the status was (a structure never approached keeps « to approach »).
    data: { contactStep: 'second', contactStatus: 'to-approach', contactStatusChangedAt: now.toISOString(), worklistNudgedAt: null, assignedFacilitator: facilitator ?? null },
    depth: 0,
    select: { siret: true },
    overrideAccess: true,
    req,
  })
  if (campaign.kitMailing?.status === 'running') {
    const generation = campaign.kitMailing.generation ?? 0
    await writeOutboxEvent(req, { type: KIT_EVENT, aggregate: 'campaigns', aggregateId: decision.campaignId, data: { action: 'launch', generation } })
  }
  log.info('second-step lead', { structureId, campaignId: decision.campaignId, facilitator: facilitator ?? null })
  return decision
}
