import type { FileFacts } from './facts'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

/** Calendar days as 24 h steps: a timer at D−10 fires at D's time of day, ten days earlier. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS)
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * HOUR_MS)
}

/** Calendar months in UTC; the day is clamped to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime())
  const day = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate()
  result.setUTCDate(Math.min(day, lastDay))
  return result
}

export function addYears(date: Date, years: number): Date {
  return addMonths(date, 12 * years)
}

/**
 * Day comparisons ("D−L ≥ today") use UTC calendar dates. Sessions and office hours sit in the daytime in
 * France (UTC+1/+2), where the UTC date and the Paris date agree.
 */
export function utcDay(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS)
}

export function startOfUtcDay(date: Date): Date {
  return new Date(utcDay(date) * DAY_MS)
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function earliest(dates: Date[]): Date | undefined {
  return dates.reduce<Date | undefined>((min, d) => (min === undefined || d < min ? d : min), undefined)
}

function latest(dates: Date[]): Date | undefined {
  return dates.reduce<Date | undefined>((max, d) => (max === undefined || d > max ? d : max), undefined)
}

/** D: the session start, else the first slot start. */
export function sessionStartOf(file: Pick<FileFacts, 'sessionStart' | 'slots'>): Date | undefined {
  return file.sessionStart ?? earliest((file.slots ?? []).map((s) => s.start))
}

/** E: the session end, else the last slot end. */
export function sessionEndOf(file: Pick<FileFacts, 'sessionEnd' | 'slots'>): Date | undefined {
  return file.sessionEnd ?? latest((file.slots ?? []).map((s) => s.end))
}

/** When attendance opens: the first slot start, else D. */
export function firstSlotStartOf(file: Pick<FileFacts, 'sessionStart' | 'slots'>): Date | undefined {
  return earliest((file.slots ?? []).map((s) => s.start)) ?? file.sessionStart
}

/** `validUntil` is the last valid day, inclusive: the APC lapses at the start of the next UTC day. */
export function validityEndOf(validUntil: Date): Date {
  return addDays(startOfUtcDay(validUntil), 1)
}
