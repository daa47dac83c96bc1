import { bilingual, type ValidationResult } from './messages'

export const END_BEFORE_START = bilingual(
  'La date de fin précède la date de début',
  'the end date is before the start date',
)

type DateInput = string | Date | null | undefined

const time = (value: DateInput): number | undefined => {
  if (!value) return undefined
  const ms = new Date(value).getTime()
  return Number.isNaN(ms) ? undefined : ms
}

/** A period may be open-ended; when both ends are known the end must not precede the start. */
export function validatePeriod(start: DateInput, end: DateInput): ValidationResult {
  const from = time(start)
  const to = time(end)
  if (from === undefined || to === undefined) return true
  return to >= from ? true : END_BEFORE_START
}
