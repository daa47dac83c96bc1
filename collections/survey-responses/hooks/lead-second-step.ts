import type { CollectionAfterChangeHook } from 'payload'
import { leadFromInterest } from '../../campaigns/services/second-step-lead'
import { relationId } from '../../shared/relation-ids'

/**
 * A director's « intéressé » to the cold survey's offer is counted (the answer's `secondTrainingInterest`) and, in
 * the answer's transaction, makes the structure a lead of its federation's second-step campaign; without an open
 * one it waits for the next (collections/campaigns/hooks/take-waiting-leads.ts).
 */
export const leadSecondStep: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const structureId = relationId(doc.structure)
  if (operation !== 'create' || !structureId) return doc
  await leadFromInterest(req, structureId, doc.secondTrainingInterest as string | null | undefined)
  return doc
}
