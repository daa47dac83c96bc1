import { bilingual, type FieldProblem } from '../validation/messages'
import type { Period } from './session-status'

/** One half-day as stored on a session: ISO strings from Payload, Dates from tests and the workflow. */
export interface SlotInput {
  start?: string | Date | null
  end?: string | Date | null
  period?: Period | string | null
}

export interface Slot {
  start: Date
  end: Date
  period: Period
}

const toDate = (value: string | Date | null | undefined): Date | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** Noon, local time of the server, splits morning from afternoon when a slot's period is not given. */
export const periodOf = (start: Date): Period => (start.getHours() < 12 ? 'am' : 'pm')

/** The session's slots as dates, sorted by start; incomplete rows are left out (validation reports them). */
export function parseSlots(rows: readonly SlotInput[] | null | undefined): Slot[] {
  const slots: Slot[] = []
  for (const row of rows ?? []) {
    const start = toDate(row.start)
    const end = toDate(row.end)
    if (!start || !end) continue
    const period = row.period === 'am' || row.period === 'pm' ? row.period : periodOf(start)
    slots.push({ start, end, period })
  }
  return slots.sort((a, b) => a.start.getTime() - b.start.getTime())
}

/** Rows sorted by start (the contract: `slots` is sorted), keeping every other property of each row. */
export function sortSlotRows<T extends SlotInput>(rows: readonly T[]): T[] {
  const time = (row: T) => toDate(row.start)?.getTime() ?? Number.POSITIVE_INFINITY
  return [...rows].sort((a, b) => time(a) - time(b))
}

/** Each slot ends after it starts, and no two slots overlap. Paths point at the sorted rows. */
export function slotProblems(rows: readonly SlotInput[]): FieldProblem[] {
  const problems: FieldProblem[] = []
  const sorted = sortSlotRows(rows)
  sorted.forEach((row, i) => {
    const start = toDate(row.start)
    const end = toDate(row.end)
    if (start && end && end <= start) {
      problems.push({
        path: `slots.${i}.end`,
        message: bilingual('La fin doit suivre le début', 'the end must come after the start'),
      })
    }
    const next = sorted[i + 1]
    const nextStart = next ? toDate(next.start) : undefined
    if (end && nextStart && nextStart < end) {
      problems.push({
        path: `slots.${i + 1}.start`,
        message: bilingual('Cette demi-journée chevauche la précédente', 'this half-day overlaps the previous one'),
      })
    }
  })
  return problems
}

/** Length of a half-day in hours, to the quarter hour (attendance sheets count hours, not seconds). */
export const slotHours = (slot: Pick<Slot, 'start' | 'end'>): number =>
  Math.max(0, Math.round(((slot.end.getTime() - slot.start.getTime()) / 3_600_000) * 4) / 4)
