import type { CollectionBeforeChangeHook } from 'payload'
import { lastDayToFile } from '../../../src/workflow'
import { slotsOf, type FundingFileDoc } from '../facts'
import { takeRelated } from './shared-related'

/** Copies the session start and the last day to file onto the file, for lists, filters and the edit view. */
export const stampSchedule: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as FundingFileDoc
  const { session, structure } = await takeRelated(req, merged)
  const start = slotsOf(session)[0]?.start
  const opco = merged.opco ?? structure?.opco ?? undefined
  return {
    ...data,
    sessionStart: start?.toISOString() ?? null,
    deadline: start ? lastDayToFile(start, opco).toISOString() : null,
  }
}
