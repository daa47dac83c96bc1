import { APIError, type CollectionBeforeChangeHook } from 'payload'

const WORKFLOW_FIELDS = ['status', 'billingStatus', 'timerSeq', 'reference'] as const

/**
 * The status is only ever changed by a move (POST /transition, /billing, or a timer): an edit that tries to
 * set it otherwise is refused, and nothing is saved.
 */
export const guardWorkflowFields: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || req.context.workflowMove) return data
  // A fired timer records which occurrences it used (timerSeq) and nothing else.
  const allowed = req.context.timerPatch ? ['timerSeq', 'coldSurveySentAt'] : []
  for (const field of WORKFLOW_FIELDS) {
    if (allowed.includes(field)) continue
    if (field in data && JSON.stringify(data[field]) !== JSON.stringify(originalDoc?.[field])) {
      throw new APIError(
        `Le champ « ${field} » ne change que par une transition du dossier / the "${field}" field only changes through a file transition`,
        400,
        { code: 'invalid_input', field },
        true,
      )
    }
  }
  return data
}
