import type { CollectionAfterChangeHook } from 'payload'

/**
 * A file created with everything filing needs (the pieces, a session with dates, the OPCO, the amount) is « prêt »
 * at once, as a coordinator expects, not at its next save: right after its creation is published, an empty system
 * edit in the same transaction lets the automatic move (applyAutomaticMoves) decide, with its own event and
 * timeline entry after the creation's.
 */
export const readyAtCreation: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.status !== 'draft') return doc
  const checklist = (doc.checklist ?? {}) as Record<string, unknown>
  // Nothing ticked yet (most new files): no second write; the workflow's rule decides the rest.
  if (!Object.values(checklist).some((ticked) => ticked === true)) return doc
  return req.payload.update({
    collection: 'funding-files',
    id: doc.id,
    data: {},
    req,
    overrideAccess: true,
    depth: 0,
  })
}
