import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { allowedBillingMoves, allowedMoves, FILE_STATE_LABELS, BILLING_STATE_LABELS } from '../../../src/workflow'
import { actorOf, moveFundingFile } from '../move-service'
import { loadFile } from '../facts'

const unauthenticated = () =>
  Response.json({ message: 'Connexion requise / sign-in required', code: 'unauthenticated' }, { status: 401 })

const fromError = (error: unknown) => {
  if (error instanceof APIError) {
    return Response.json({ message: error.message, ...(error.data as object) }, { status: error.status })
  }
  throw error
}

async function readBody(req: PayloadRequest): Promise<{ to?: unknown; reason?: unknown; data?: unknown }> {
  try {
    return ((await req.json?.()) ?? {}) as { to?: unknown; reason?: unknown; data?: unknown }
  } catch {
    return {}
  }
}

/** POST /api/funding-files/:id/transition | /billing  `{ to, reason?, data? }` → the updated file, or 4xx. */
function moveEndpoint(kind: 'transition' | 'billing'): Endpoint {
  return {
    path: `/:id/${kind}`,
    method: 'post',
    handler: async (req) => {
      if (!req.user) return unauthenticated()
      const body = await readBody(req)
      if (typeof body.to !== 'string') {
        return Response.json(
          { message: 'Champ « to » (état visé) obligatoire / the "to" field (target state) is required', code: 'invalid_input' },
          { status: 400 },
        )
      }
      const input = { ...(typeof body.data === 'object' && body.data ? (body.data as Record<string, unknown>) : {}) }
      if (typeof body.reason === 'string') input.reason = body.reason
      try {
        const doc = await moveFundingFile(req.payload, { id: String(req.routeParams?.id), kind, to: body.to, input, user: req.user })
        return Response.json({ doc })
      } catch (error) {
        return fromError(error)
      }
    },
  }
}

/** GET /api/funding-files/:id/moves → what the current user may do now (the admin buttons). */
const movesEndpoint: Endpoint = {
  path: '/:id/moves',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return unauthenticated()
    const id = String(req.routeParams?.id)
    const visible = await req.payload.count({ collection: 'funding-files', where: { id: { equals: id } }, overrideAccess: false, user: req.user })
    if (visible.totalDocs === 0) return Response.json({ message: 'Dossier inaccessible / file not accessible' }, { status: 403 })
    const loaded = await loadFile(req.payload, id)
    if (!loaded) return Response.json({ message: 'Dossier introuvable / file not found' }, { status: 404 })
    const actor = actorOf(req.user)
    return Response.json({
      status: loaded.facts.status,
      billingStatus: loaded.facts.billingStatus,
      transitions: allowedMoves(loaded.facts, actor, new Date()).map((to) => ({ to, label: FILE_STATE_LABELS[to] })),
      billing: allowedBillingMoves(loaded.facts, actor).map((to) => ({ to, label: BILLING_STATE_LABELS[to] })),
    })
  },
}

export const moveEndpoints: Endpoint[] = [moveEndpoint('transition'), moveEndpoint('billing'), movesEndpoint]
