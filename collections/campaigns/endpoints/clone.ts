import type { Payload, PayloadRequest } from 'payload'
import { campaignFromTemplate, type CampaignTemplate, type CloneTarget } from '../../../src/campaigns/clone'
import { bilingual } from '../../../src/validation/messages'

export type CloneOutcome =
  | { ok: true; id: string }
  | { ok: false; status: 400 | 404 | 409; message: string; existingId?: string }

const ALREADY = bilingual(
  'Une campagne a déjà été créée pour cette région à partir de ce modèle',
  'a campaign was already made for this region from this template',
)

/**
 * National roll-out in one action: a new region's campaign from a template campaign (src/campaigns/clone.ts).
 * Made once per template and region (and federation, when the target names one: two federations may share a
 * region): asking again answers 409 with the existing campaign. With `req`, everything happens in its
 * transaction (onboarding a federation: all or nothing, src/federations/onboard.ts).
 */
export async function cloneCampaign(payload: Payload, templateId: string, target: CloneTarget, req?: PayloadRequest): Promise<CloneOutcome> {
  const template = await payload.findByID({ collection: 'campaigns', id: templateId, depth: 0, disableErrors: true, overrideAccess: true, req })
  if (!template) return { ok: false, status: 404, message: bilingual('Campagne modèle introuvable', 'template campaign not found') }
  const plan = campaignFromTemplate({ ...(template as unknown as CampaignTemplate), id: String(template.id) }, target)
  if (!plan.ok) return { ok: false, status: 400, message: plan.message }
  const existing = await payload.find({
    collection: 'campaigns',
    where: {
      and: [
        { clonedFrom: { equals: templateId } },
        { region: { equals: target.region } },
        ...(target.federation ? [{ federation: { equals: target.federation } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (existing.docs[0]) return { ok: false, status: 409, message: ALREADY, existingId: String(existing.docs[0].id) }
  const doc = await payload.create({ collection: 'campaigns', data: plan.data as never, depth: 0, overrideAccess: true, req })
  return { ok: true, id: String(doc.id) }
}
