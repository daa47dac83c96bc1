import { ValidationError, type Endpoint, type PayloadRequest } from 'payload'
import { KIT_ACTIONS, type KitAction } from '../../../src/campaigns/kit'
import { LANGS, type Lang } from '../../../src/email'
import { bilingual } from '../../../src/validation/messages'
import { previewKit, readKitProgress, requestKitAction } from '../../../jobs/campaign-kit'
import { notFound, problem, refuseUnlessStaff } from '../../imports/endpoints/responses'
import { cloneCampaign } from './clone'

const CAMPAIGN = { fr: 'Campagne', en: 'campaign' }
const idOf = (req: PayloadRequest): string => String(req.routeParams?.id)

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value)

async function body(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    return ((await req.json?.()) ?? {}) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** GET /api/campaigns/:id/kit — the kit mailing's state, progress (sent, failed, in delivery, remaining) and blockers. */
const kitStatus: Endpoint = {
  path: '/:id/kit',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const progress = await readKitProgress(req.payload, idOf(req))
    if (!progress) return notFound(CAMPAIGN)
    const preview = await previewKit(req.payload, idOf(req), 'fr')
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
    const lang = req.searchParams.get('lang') ?? 'fr'
    const format = req.searchParams.get('format') ?? 'html'
    if (!isOneOf<Lang>(LANGS, lang) || !isOneOf(['html', 'text'] as const, format)) {
      return problem(400, 'invalid_input', bilingual('Paramètres attendus : lang=fr|en, format=html|text', 'expected parameters: lang=fr|en, format=html|text'))
    }
    const preview = await previewKit(req.payload, idOf(req), lang)
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
    const action = req.routeParams?.action
    if (!isOneOf<KitAction>(KIT_ACTIONS, action)) return problem(404, 'not_found', bilingual('Action inconnue', 'unknown action'))
    const result = await requestKitAction(req.payload, idOf(req), action, req.user ? String(req.user.id) : undefined)
    if (!result.ok) return problem(result.status, result.status === 409 ? 'conflict' : 'invalid_input', result.message)
    return Response.json({ state: result.state, progress: await readKitProgress(req.payload, idOf(req)) })
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
    const input = await body(req)
    const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined)
    try {
      const outcome = await cloneCampaign(req.payload, idOf(req), {
        region: str(input.region) ?? '',
        startDate: str(input.startDate) ?? '',
        endDate: str(input.endDate),
        title: str(input.title),
      })
      if (!outcome.ok) return problem(outcome.status, outcome.status === 409 ? 'conflict' : 'invalid_input', outcome.message, { id: outcome.existingId })
      return Response.json({ id: outcome.id }, { status: 201 })
    } catch (error) {
      // The new campaign's own rules (dates in order, slug free…) speak for themselves.
      if (error instanceof ValidationError) return problem(400, 'invalid_input', error.message, { errors: error.data.errors })
      throw error
    }
  },
}

export const campaignEndpoints: Endpoint[] = [kitStatus, kitPreview, kitAction, clone]
