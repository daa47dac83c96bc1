import type { CollectionBeforeChangeHook } from 'payload'
import { lastDayToFile, ownLeadTimeDays } from '../../../src/workflow'
import { slotsOf, type FundingFileDoc } from '../facts'
import { takeRelated } from './shared-related'

/** Copies the session start and the last day to file (by the file's federation's lead time) onto the file, for lists, filters and the edit view. */
export const stampSchedule: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as FundingFileDoc
  const { session, structure, federation } = await takeRelated(req, merged)
  const start = slotsOf(session)[0]?.start
  const opco = merged.opco || structure?.opco || undefined
  // The file's federation may file later or earlier with this OPCO than the platform's default (its settings).
  const own = ownLeadTimeDays(federation?.leadTimes, opco)
  return {
    ...data,
    sessionStart: start?.toISOString() ?? null,
    deadline: start ? lastDayToFile(start, opco, undefined, own).toISOString() : null,
  }
}
