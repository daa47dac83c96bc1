import { ValidationError, type Endpoint } from 'payload'
import { z } from 'zod'
import { KIT_ACTIONS } from '../../../src/campaigns/kit'
import { LANGS, type Lang } from '../../../src/email'
import { parseBody, parseParams, parseQuery } from '../../../src/validation/request'
import { day, documentId, regionCode, text } from '../../../src/validation/request-fields'
import { validationResponse } from '../../../src/validation/request-errors'
import { previewKit, readKitProgress, requestKitAction } from '../../../jobs/definitions/campaign-kit'
import { notFound, problem, refuseUnlessStaff } from '../../imports/endpoints/responses'
import { inReach } from '../../shared/access/in-reach'
import { relationId } from '../../shared/relation-ids'
import { cloneCampaign } from './clone'

const CAMPAIGN = { fr: 'Campagne', en: 'campaign' }

const campaignParams = z.object({ id: documentId })
const actionParams = z.object({ id: documentId, action: z.enum(KIT_ACTIONS) })
const previewQuery = z.object({
  lang: z.enum(LANGS as unknown as [Lang, ...Lang[]]).default('fr'),
  format: z.enum(['html', 'text']).default('html'),
})
/** POST …/clone body: the new region, its first day (YYYY-MM-DD), optionally its last day and title. */
const cloneBody = z
  .object({ region: regionCode, startDate: day, endDate: day.optional(), title: text(200).optional() })
  .strict()

/** GET /api/campaigns/:id/kit — the kit mailing's state, progress (sent, failed, in delivery, remaining) and blockers. */
const kitStatus: Endpoint = {
  path: '/:id/kit',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const params = parseParams(req, campaignParams)
    if (!params.ok) return params.response
    if (!(await inReach(req, 'campaigns', params.data.id))) return notFound(CAMPAIGN)
    const progress = await readKitProgress(req.payload, params.data.id)
    if (!progress) return notFound(CAMPAIGN)
    const preview = await previewKit(req.payload, params.data.id, 'fr')
    return Response.json({ progress, problems: preview?.problems ?? [], region: preview?.region })
  },
}

/** GET /api/campaigns/:id/kit/preview?lang=fr|en&format=html|text — the kit e-mail as the first structure gets it. */
const kitPreview: Endpoint = {
  path: '/:id/kit/preview',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const params = parseParams(req, campaignParams)
    if (!params.ok) return params.response
    const query = parseQuery(req, previewQuery)
    if (!query.ok) return query.response
    const { lang, format } = query.data
    if (!(await inReach(req, 'campaigns', params.data.id))) return notFound(CAMPAIGN)
    const preview = await previewKit(req.payload, params.data.id, lang)
    if (!preview) return notFound(CAMPAIGN)
    return new Response(format === 'html' ? preview.mail.html : preview.mail.text, {
      headers: {
        'content-type': `${format === 'html' ? 'text/html' : 'text/plain'}; charset=utf-8`,
        'x-email-subject': encodeURIComponent(preview.mail.subject),
        'cache-control': 'no-store',
      },
    })
  },
}

/** POST /api/campaigns/:id/kit/launch | pause | resume — 200 with the new state and progress, 400/404/409 otherwise. */
const kitAction: Endpoint = {
  path: '/:id/kit/:action',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const params = parseParams(req, actionParams)
    if (!params.ok) return params.response
    const { id, action } = params.data
    if (!(await inReach(req, 'campaigns', id))) return notFound(CAMPAIGN)
    const result = await requestKitAction(req.payload, id, action, req.user ? String(req.user.id) : undefined)
    if (!result.ok) return problem(result.status, result.status === 409 ? 'conflict' : 'invalid_input', result.message)
    return Response.json({ state: result.state, progress: await readKitProgress(req.payload, id) })
  },
}

/**
 * POST /api/campaigns/:id/clone `{ region, startDate, endDate?, title? }` — national roll-out: the campaign for a
 * new region made from this one (texts, kit, targets). 201 with the new id; 409 with the existing one.
 */
const clone: Endpoint = {
  path: '/:id/clone',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const params = parseParams(req, campaignParams)
    if (!params.ok) return params.response
    const input = await parseBody(req, cloneBody)
    if (!input.ok) return input.response
    const title = input.data.title?.trim()
    const template = await inReach(req, 'campaigns', params.data.id)
    if (!template) return notFound(CAMPAIGN)
    // The copy stays in the template's federation, one the caller belongs to (they could read it).
    const federation = relationId(template.federation) ?? undefined
    try {
      const outcome = await cloneCampaign(req.payload, params.data.id, { ...input.data, title: title ? title : undefined, federation })
      if (!outcome.ok) return problem(outcome.status, outcome.status === 409 ? 'conflict' : 'invalid_input', outcome.message, { id: outcome.existingId })
      return Response.json({ id: outcome.id }, { status: 201 })
    } catch (error) {
      // The new campaign's own rules (dates in order, slug free…) speak for themselves.
      if (error instanceof ValidationError) {
        const said = validationResponse(error, req.payload.collections.campaigns.config.fields)
        return problem(400, 'invalid_input', said.errors[0].message, { errors: said.errors[0].data.errors })
      }
      throw error
    }
  },
}

export const campaignEndpoints: Endpoint[] = [kitStatus, kitPreview, kitAction, clone]
