import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'
import { withCorrelation } from '../../../src/lib/correlation'
import { createLogger } from '../../../src/lib/logger'
import { REQUEST_ID_HEADER, requestIdOf } from '../../../src/lib/request-id'
import { moveFundingFile } from '../move-service'
import { movesOf } from '../components/moves-of'
import { documentId } from '../../../src/validation/request-fields'
import { parseBody, parseParams } from '../../../src/validation/request'
import { moveBodySchema } from './move-input'

const unauthenticated = () =>
  Response.json({ message: 'Connexion requise / sign-in required', code: 'unauthenticated' }, { status: 401 })

const fromError = (error: unknown) => {
  if (error instanceof APIError) {
    return Response.json({ message: error.message, ...(error.data as object) }, { status: error.status })
  }
  throw error
}

const fileParams = z.object({ id: documentId })
const log = createLogger('workflow')

async function move(req: PayloadRequest, kind: 'transition' | 'billing'): Promise<Response> {
  if (!req.user) return unauthenticated()
  const params = parseParams(req, fileParams)
  if (!params.ok) return params.response
  const body = await parseBody(req, moveBodySchema)
  if (!body.ok) return body.response
  const { to, reason, data } = body.data
  const input: Record<string, unknown> = { ...data, ...(reason === undefined ? {} : { reason }) }
  try {
    const doc = await moveFundingFile(req.payload, { id: params.data.id, kind, to, input, user: req.user })
    log.info('file moved', { fileId: params.data.id, kind, to })
    return Response.json({ doc })
  } catch (error) {
    return fromError(error)
  }
}

/**
 * POST /api/funding-files/:id/transition | /billing  `{ to, reason?, data? }` (move-input.ts) → the updated file, or 4xx.
 * The move's correlation id (a valid incoming X-Request-Id, else a fresh one; src/lib/request-id.ts) goes with
 * everything it causes, and back to the caller as X-Request-Id.
 */
function moveEndpoint(kind: 'transition' | 'billing'): Endpoint {
  return {
    path: `/:id/${kind}`,
    method: 'post',
    handler: async (req) => {
      const requestId = requestIdOf(req.headers)
      const response = await withCorrelation(requestId, () => move(req, kind))
      response.headers.set(REQUEST_ID_HEADER, requestId)
      return response
    },
  }
}

/** GET /api/funding-files/:id/moves → what the current user may do now (the admin buttons). */
const movesEndpoint: Endpoint = {
  path: '/:id/moves',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return unauthenticated()
    const params = parseParams(req, fileParams)
    if (!params.ok) return params.response
    const moves = await movesOf(req.payload, params.data.id, req.user)
    if (moves === 'forbidden') return Response.json({ message: 'Dossier inaccessible / file not accessible' }, { status: 403 })
    if (moves === 'missing') return Response.json({ message: 'Dossier introuvable / file not found' }, { status: 404 })
    return Response.json(moves)
  },
}

export const moveEndpoints: Endpoint[] = [moveEndpoint('transition'), moveEndpoint('billing'), movesEndpoint]
