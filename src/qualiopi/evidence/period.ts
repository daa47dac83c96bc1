import type { Payload } from 'payload'
import { TIME_ZONE } from '../../email/format'
import { bilingual } from '../../validation/messages'
import { END_BEFORE_START } from '../../validation/period'
import type { EvidencePeriod } from './types'

/** The period as asked for (query string, command line): days as YYYY-MM-DD, optionally a programme id. */
export interface PeriodQuery {
  from?: unknown
  to?: unknown
  programme?: unknown
}

export type ParsedPeriod = { ok: true; period: EvidencePeriod; from: string; to: string } | { ok: false; error: string }

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** How far Paris is ahead of UTC at an instant, in ms. */
function parisOffset(t: number): number {
  const p: Record<string, number> = {}
  for (const part of parisParts.formatToParts(new Date(t))) if (part.type !== 'literal') p[part.type] = Number(part.value)
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(t / 1000) * 1000
}

/** Midnight in Paris at the start of a calendar day (summer and winter time alike). */
function parisMidnight(y: number, m: number, d: number): Date {
  const utc = Date.UTC(y, m - 1, d)
  return new Date(utc - parisOffset(utc - parisOffset(utc)))
}

/** A real calendar day written YYYY-MM-DD, as [y, m, d]; undefined otherwise (2013-02-30 included). */
function calendarDay(value: unknown): [number, number, number] | undefined {
  const match = typeof value === 'string' ? DAY.exec(value.trim()) : null
  if (!match) return undefined
  const [y, m, d] = match.slice(1).map(Number)
  const check = new Date(Date.UTC(y, m - 1, d))
  return check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d ? [y, m, d] : undefined
}

export const PERIOD_REQUIRED = bilingual('Indiquez la période : from et to (AAAA-MM-JJ)', 'give the period: from and to (YYYY-MM-DD)')

/**
 * Reads a period: both days required, real dates, the end not before the start. `from` starts at midnight and
 * `to` ends at midnight the day after (both Paris time), so both days are included.
 */
export function parseEvidencePeriod(query: PeriodQuery): ParsedPeriod {
  if (query.from === undefined || query.from === '' || query.to === undefined || query.to === '') return { ok: false, error: PERIOD_REQUIRED }
  const days: [number, number, number][] = []
  for (const [name, value] of [['from', query.from], ['to', query.to]] as const) {
    const parsed = calendarDay(value)
    if (!parsed) {
      const shown = String(value).slice(0, 40)
      return { ok: false, error: bilingual(`Date invalide pour ${name} : « ${shown} » (attendu AAAA-MM-JJ)`, `invalid date for ${name}: "${shown}" (expected YYYY-MM-DD)`) }
    }
    days.push(parsed)
  }
  const [[fy, fm, fd], [ty, tm, td]] = days
  const from = parisMidnight(fy, fm, fd)
  const to = new Date(parisMidnight(ty, tm, td + 1).getTime() - 1)
  if (to < from) return { ok: false, error: END_BEFORE_START }
  const programme = typeof query.programme === 'string' && query.programme.trim() ? query.programme.trim() : undefined
  const iso = ([y, m, d]: [number, number, number]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  return { ok: true, period: { from, to, programmeId: programme }, from: iso(days[0]), to: iso(days[1]) }
}

/** The programme asked for exists (an unknown one would give an archive of empty folders without saying why). */
export async function checkProgramme(payload: Payload, programmeId: string | undefined): Promise<string | undefined> {
  if (!programmeId) return undefined
  const found = await payload.count({ collection: 'programmes', where: { id: { equals: programmeId } }, overrideAccess: true })
  return found.totalDocs > 0 ? undefined : bilingual(`Programme inconnu : ${programmeId}`, `unknown programme: ${programmeId}`)
}

export const evidenceFilename = (from: string, to: string): string => `qualiopi-preuves-${from}-${to}.zip`
