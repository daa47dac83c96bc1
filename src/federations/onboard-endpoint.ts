import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { problem, unauthenticated } from '../../collections/imports/endpoints/responses'
import { hasRole } from '../access/roles'
import { bilingual } from '../validation/messages'
import { parseValue } from '../validation/request'
import { onboardingInput, type StructuresFile } from './onboard-input'
import { onboardFederation } from './onboard'

export const ONBOARD_PATH = '/onboard'

const adminsOnly = () => problem(403, 'forbidden', bilingual('Réservé aux administrateurs', 'administrators only'))
const malformed = () =>
  problem(
    400,
    'malformed_body',
    bilingual(
      'Corps de la requête illisible : JSON, ou formulaire dont le champ « _payload » est du JSON',
      'unreadable request body: JSON, or a form whose "_payload" field is JSON',
    ),
  )

type Received = { ok: true; fields: unknown; file?: StructuresFile } | { ok: false; response: Response }

/**
 * The form as the admin screen sends it (multipart: the fields as JSON in `_payload`, Payload's own convention, and
 * the structures file in `file`), or plain JSON without a file (scripts, tests).
 */
async function receive(req: PayloadRequest): Promise<Received> {
  try {
    await addDataAndFileToRequest(req)
  } catch {
    return { ok: false, response: malformed() }
  }
  const upload = req.file as { data?: Buffer; name?: string } | undefined
  const file = upload?.data?.length ? { bytes: new Uint8Array(upload.data), filename: upload.name ?? 'structures.csv' } : undefined
  return { ok: true, fields: req.data ?? {}, file }
}

/**
 * POST /api/federations/onboard — a new federation in one step (src/federations/onboard.ts), for administrators.
 * 201 with what was created; 400/404/409 with a French and English message when nothing was created.
 */
export const onboardEndpoint: Endpoint = {
  path: ONBOARD_PATH,
  method: 'post',
  handler: async (req) => {
    if (!req.user) return unauthenticated()
    if (!hasRole(req, 'admin')) return adminsOnly()
    const received = await receive(req)
    if (!received.ok) return received.response
    const input = parseValue(onboardingInput, received.fields, 'body')
    if (!input.ok) return input.response
    const outcome = await onboardFederation(req.payload, input.data, received.file)
    if (!outcome.ok) {
      const { status, code, message, rows } = outcome.refusal
      return problem(status, code, message, rows ? { rows } : {})
    }
    return Response.json(outcome.result, { status: 201 })
  },
}
