import { randomBytes } from 'node:crypto'
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { createFile } from '../../../src/workflow'
import { loadRelated, patchToData, toFileFacts, type FundingFileDoc } from '../facts'
import { actorOf, type WorkflowMove } from '../move-service'
import { shareRelated } from './shared-related'

/** A short, readable, unguessable reference people can quote on the phone: DF-2026-7KQ4M2. */
function newReference(now: Date): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  const code = [...randomBytes(6)].map((b) => alphabet[b % alphabet.length]).join('')
  return `DF-${now.getUTCFullYear()}-${code}`
}

/** ∅ → draft: every new file starts in draft, with the creation's effects (RC notified, T0 and T1 armed). */
export const planCreation: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const now = (req.context.now as Date | undefined) ?? new Date()
  const draft = { ...data, status: 'draft', billingStatus: 'none', timerSeq: {} } as unknown as FundingFileDoc
  const related = await loadRelated(req.payload, draft, req)
  shareRelated(req, draft, related)
  const result = createFile(toFileFacts(draft, related.session, related.structure, related.federation), actorOf(req.user), now)
  if (!result.ok) {
    throw new APIError(`${result.message.fr} / ${result.message.en}`, 403, { code: result.code, allowed: result.allowed }, true)
  }
  const move: WorkflowMove = {
    kind: 'created',
    from: null,
    to: 'draft',
    plan: result.plan,
    actor: actorOf(req.user),
    actorName: (req.user as { name?: string } | null)?.name,
  }
  req.context.workflowMove = move
  return {
    ...data,
    ...patchToData(result.patch as Record<string, unknown>),
    status: 'draft',
    billingStatus: 'none',
    reference: newReference(now),
    opco: data.opco ?? related.structure?.opco ?? undefined,
  }
}
