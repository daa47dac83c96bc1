import type { DateFieldValidation, SelectFieldSingleValidation } from 'payload'
import { date, select } from 'payload/shared'
import { bilingual, isBlank } from '../../../src/validation/messages'
import { validatePeriod } from '../../../src/validation/period'

const REGION_REQUIRED = bilingual(
  'Région obligatoire, sauf pour un essaimage national',
  'region required, except for a national roll-out',
)
const REGION_FORBIDDEN = bilingual(
  'Un essaimage national ne porte pas sur une région',
  'a national roll-out does not target one region',
)

/** A campaign is either regional (one known region) or national (none). Payload's own check runs first. */
export const validateCampaignRegion: SelectFieldSingleValidation = (value, options) => {
  const base = select(value, options)
  if (base !== true) return base
  const national = (options.data as { phase?: string }).phase === 'national'
  if (national) return isBlank(value) ? true : REGION_FORBIDDEN
  return isBlank(value) ? REGION_REQUIRED : true
}

export const validateCampaignEnd: DateFieldValidation = (value, options) => {
  const base = date(value, options)
  if (base !== true) return base
  return validatePeriod((options.data as { startDate?: string }).startDate, value)
}
