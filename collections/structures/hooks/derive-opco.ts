import type { CollectionBeforeChangeHook } from 'payload'
import { opcoForIdcc } from '../../../src/validation/idcc'

interface OpcoFields {
  idcc?: string | null
  opco?: string | null
}

/**
 * The OPCO follows the employer's collective agreement: when the IDCC is set or changes and the OPCO was not
 * chosen in the same edit, it is derived from the IDCC. A choice made by hand stays until the IDCC changes.
 */
export const deriveOpco: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const before = (originalDoc ?? {}) as OpcoFields
  const idccChanged = operation === 'create' || (data.idcc !== undefined && data.idcc !== before.idcc)
  const opcoChosen = data.opco !== undefined && data.opco !== null && data.opco !== before.opco
  if (!idccChanged || opcoChosen) return data
  const derived = opcoForIdcc(data.idcc ?? before.idcc)
  if (derived) data.opco = derived
  return data
}
