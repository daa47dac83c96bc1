import type { CollectionBeforeChangeHook } from 'payload'
import { SYSTEM_ACTOR, transition, type FileState } from '../../../src/workflow'
import { planMailDefects } from '../../../jobs/shared/mail-preflight'
import { createLogger } from '../../../src/lib/logger'
import { afterPatch, loadRelated, patchToData, toFileFacts, type FundingFileDoc } from '../facts'
import type { WorkflowMove } from '../move-service'
import { shareRelated } from './shared-related'

const log = createLogger('workflow')

/**
 * The system moves that follow from what people record on the file (domain §5, SYS):
 * - draft → ready when the checklist is complete (the pieces, a session with dates, the OPCO, the requested amount:
 *   what the next mails and timers need), ready → draft when an edit removes one;
 * - delivered → evidence_ready when every half-day sheet is signed and countersigned, hours computed and
 *   certificates signed.
 * Evaluated on every plain edit, so nobody has to ask for them.
 */
const AUTOMATIC: Partial<Record<FileState, FileState>> = {
  draft: 'ready',
  ready: 'draft',
  delivered: 'evidence_ready',
}

export const applyAutomaticMoves: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || req.context.workflowMove || !originalDoc) return data
  const from = originalDoc.status as FileState
  const to = AUTOMATIC[from]
  if (!to) return data
  const merged = { ...originalDoc, ...data } as FundingFileDoc
  const related = await loadRelated(req.payload, merged, req)
  shareRelated(req, merged, related)
  const now = (req.context.now as Date | undefined) ?? new Date()
  const result = transition(toFileFacts(merged, related.session, related.structure, related.federation), to, SYSTEM_ACTOR, now)
  if (!result.ok) return data
  // A move whose mail could not be written does not happen: the person's edit is saved, the file stays where it
  // is (the checklist rule already asks for what the next mails need; this catches anything it does not cover).
  const defects = await planMailDefects(afterPatch({ file: merged, ...related }, result.patch as Record<string, unknown>), result.plan, req)
  if (defects.length > 0) {
    log.error('automatic move held back: its mail cannot be written', { fileId: String(originalDoc.id), from, to, defects })
    return data
  }
  const move: WorkflowMove = { kind: 'automatic', from, to, plan: result.plan, actor: SYSTEM_ACTOR }
  req.context.workflowMove = move
  return { ...data, ...patchToData(result.patch as Record<string, unknown>) }
}
