import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { labelOf, topLevelDataFields } from '../../../src/access/field-write-rules-fields'
import { fundingFileFields } from '../fields'

const WORKFLOW_FIELDS = ['status', 'billingStatus', 'timerSeq', 'reference'] as const
const LABELS = new Map(topLevelDataFields(fundingFileFields).map((f) => [f.name, labelOf(f)]))

/**
 * People never write the workflow's facts: field access refuses them first (src/access/field-write-rules.ts).
 * This is the system's own invariant, for Local API writes with `overrideAccess: true` (seed, jobs, scripts): the
 * state and the reference change only through a move (POST /transition, /billing, a timer). A fired timer records
 * which occurrences it used (timerSeq) through the adapter, beside the hooks (src/lib/system-write.ts). Anything else
 * is refused, nothing is saved.
 */
export const guardWorkflowFields: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || req.context.workflowMove) return data
  for (const field of WORKFLOW_FIELDS) {
    if (field in data && JSON.stringify(data[field]) !== JSON.stringify(originalDoc?.[field])) {
      const label = LABELS.get(field) ?? { fr: field, en: field }
      throw new APIError(
        `Le champ « ${label.fr} » ne change que par une transition du dossier / the "${label.en}" field only changes through a file transition`,
        400,
        { code: 'invalid_input', field },
        true,
      )
    }
  }
  return data
}
