import { APIError, createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { roleOf } from '../../src/access/roles'
import { inTransaction } from '../../src/lib/transaction'
import {
  SYSTEM_ACTOR,
  billingTransition,
  transition,
  type Actor,
  type BillingInput,
  type BillingState,
  type EffectsPlan,
  type FileState,
  type TransitionInput,
} from '../../src/workflow'
import { inputMessage, problemsOf } from '../../src/validation/request'
import { moveDataSchema } from './endpoints/move-input'
import { refuseUnwritableMails } from '../../jobs/shared/mail-preflight'
import { afterPatch, loadRelated, patchToData, toFileFacts, type FundingFileDoc } from './facts'
import { forgetRelated, shareRelated } from './hooks/shared-related'

export type MoveKind = 'created' | 'transition' | 'billing' | 'automatic'

/** What the afterChange hook needs to publish a move: carried on `req.context` through the update. */
export interface WorkflowMove {
  kind: MoveKind
  from: string | null
  to: string
  plan: EffectsPlan
  actor: Actor
  actorName?: string
  reason?: string
}

export interface MoveRequest {
  id: string
  kind: 'transition' | 'billing'
  to: string
  input?: Record<string, unknown>
  /** The person asking; none for timers (the system actor). */
  user?: PayloadRequest['user']
  req?: PayloadRequest
  now?: Date
}

const STATUS_OF_CODE = { illegal: 409, guard: 409, forbidden: 403, invalid_input: 400 } as const
/**
 * The move's data as the workflow wants it (dates as Dates), checked against the one schema of move data
 * (endpoints/move-input.ts): whatever the caller (REST, seed, Local API), a wrong type is a 400, never a crash.
 */
export function parseMoveInput(input: Record<string, unknown> = {}): TransitionInput & BillingInput {
  const parsed = moveDataSchema.safeParse(input)
  if (!parsed.success) {
    const errors = problemsOf(parsed.error.issues, 'body')
    throw new APIError(inputMessage(parsed.error.issues, 'body'), 400, { code: 'invalid_input', allowed: [], errors }, true)
  }
  return parsed.data
}

export function actorOf(user: PayloadRequest['user'] | undefined): Actor {
  if (!user) return SYSTEM_ACTOR
  return { role: roleOf(user) ?? 'editor', id: String(user.id) }
}

/**
 * The one way a funding file changes state (person, REST endpoint or timer). Reads the file inside the
 * transaction, asks the workflow, and writes the patch; the collection's afterChange hook then writes the outbox
 * event and the audit entry with the same `req`. A refused move throws with the allowed moves and changes nothing.
 * Two concurrent moves of one file: SQLite serialises write transactions (MongoDB aborts one on write conflict),
 * so the second reads the first's result and is refused as illegal.
 */
export async function moveFundingFile(payload: Payload, request: MoveRequest): Promise<FundingFileDoc> {
  const req = request.req ?? (await createLocalReq({ user: request.user ?? undefined }, payload))
  const user = request.user ?? undefined
  return inTransaction(req, async () => {
    // The file as the person may see it (their access in the read itself), or as the system sees it (timers).
    const file = (await payload.findByID({
      collection: 'funding-files',
      id: request.id,
      depth: 0,
      joins: false,
      overrideAccess: !user,
      user,
      req,
      disableErrors: true,
    })) as FundingFileDoc | null
    if (!file && user) {
      throw new APIError(
        "Ce dossier n'existe pas ou ne vous est pas accessible / this file does not exist or is not yours",
        403,
        { code: 'forbidden', allowed: [] },
        true,
      )
    }
    if (!file) throw new APIError('Dossier introuvable / file not found', 404, { code: 'not_found', allowed: [] }, true)
    const related = await loadRelated(payload, file, req)
    const loaded = { file, ...related, facts: toFileFacts(file, related.session, related.structure, related.federation) }
    const actor = actorOf(user)
    const now = request.now ?? new Date()
    const input = parseMoveInput(request.input)
    const result =
      request.kind === 'transition'
        ? transition(loaded.facts, request.to as FileState, actor, now, input)
        : billingTransition(loaded.facts, request.to as BillingState, actor, now, input)
    if (!result.ok) {
      throw new APIError(`${result.message.fr} / ${result.message.en}`, STATUS_OF_CODE[result.code], { code: result.code, allowed: result.allowed }, true)
    }
    // A mail of this move that cannot be written is the move's defect: refused now (409), before anything is written.
    await refuseUnwritableMails(afterPatch(loaded, result.patch as Record<string, unknown>), result.plan, req, Boolean(user))
    const move: WorkflowMove = {
      kind: request.kind,
      from: result.from,
      to: result.to,
      plan: result.plan,
      actor,
      actorName: (user as { name?: string } | undefined)?.name,
      reason: typeof input.reason === 'string' ? input.reason : undefined,
    }
    req.context.workflowMove = move
    // The session and structure just read serve the save's own hooks too (stampSchedule).
    shareRelated(req, loaded.file, loaded)
    try {
      return (await payload.update({
        collection: 'funding-files',
        id: request.id,
        data: patchToData(result.patch as Record<string, unknown>),
        depth: 0,
        overrideAccess: true,
        req,
      })) as unknown as FundingFileDoc
    } finally {
      forgetRelated(req)
    }
  })
}
