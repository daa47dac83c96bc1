import type { CollectionAfterChangeHook } from 'payload'
import { FILE_STATE_LABELS, BILLING_STATE_LABELS, type BillingState, type FileState } from '../../../src/workflow'
import { insertRecord } from '../../../src/lib/transaction'
import { writeOutboxEvent } from '../../../src/outbox/write-event'
import { relationId } from '../../shared/relation-ids'
import type { WorkflowMove } from '../move-service'

const label = (move: WorkflowMove, state: string | null): string => {
  if (state === null) return '∅'
  const labels = move.kind === 'billing' ? BILLING_STATE_LABELS[state as BillingState] : FILE_STATE_LABELS[state as FileState]
  return labels?.fr ?? state
}

/**
 * After a move is written (same transaction): the outbox event that carries its effects plan to the worker, and
 * the audit entry that makes the file's timeline. Both commit or roll back with the move itself; both are written
 * through the adapter (no hooks on either collection, no read-back needed).
 */
export const publishMove: CollectionAfterChangeHook = async ({ doc, req }) => {
  const move = req.context.workflowMove as WorkflowMove | undefined
  if (!move) return doc
  // The request may carry on (same req, later operations): the move is published once.
  delete req.context.workflowMove
  const fileId = String(doc.id)
  await writeOutboxEvent(req, {
    type: 'file.moved',
    aggregate: 'funding-files',
    aggregateId: fileId,
    data: { ...move, timerSeq: doc.timerSeq ?? {} },
  })
  await insertRecord(req.payload, 'audit-events', {
    file: fileId,
    structure: relationId(doc.structure),
    at: new Date().toISOString(),
    kind: move.kind,
    from: move.from ?? undefined,
    to: move.to,
    summary: `${label(move, move.from)} → ${label(move, move.to)}`,
    actorRole: move.actor.role,
    actor: move.actor.id,
    actorName: move.actorName ?? (move.actor.role === 'system' ? 'essaim (automatique)' : undefined),
    reason: move.reason,
  }, req)
  return doc
}
