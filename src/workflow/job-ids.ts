/**
 * Deterministic BullMQ job ids for timers: `ff-<fileId>-<timer>-<n>`.
 * - BullMQ refuses ':' in custom ids (domain §5 wrote `ff:{fileId}:…`), so the parts are joined with '-'. The
 *   file id is opaque: it is percent-encoded, which removes any ':' and keeps distinct ids distinct.
 * - n is never reused for a file: BullMQ silently ignores an add whose id still exists, *including a completed
 *   job kept by retention*, so re-arming T2 after an info request with T2-0 again would never fire. Plans number
 *   occurrences from the file's `timerSeq` and return the new sequence in their patch.
 */
import type { TimerSequence } from './facts'
import { isTimerName, type TimerName } from './timer-names'

export function timerJobId(fileId: string, timer: TimerName, n: number): string {
  if (fileId.length === 0) throw new RangeError('timerJobId: empty fileId')
  if (!isTimerName(timer)) throw new RangeError(`timerJobId: unknown timer ${String(timer)}`)
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`timerJobId: occurrence must be an integer ≥ 0, got ${n}`)
  return `ff-${encodeURIComponent(fileId)}-${timer}-${n}`
}

/** The inverse of timerJobId; undefined for any other id. */
export function parseTimerJobId(jobId: string): { fileId: string; timer: TimerName; n: number } | undefined {
  const match = /^ff-(.+)-([A-Za-z0-9_]+)-(\d+)$/.exec(jobId)
  if (match === null) return undefined
  const [, encodedFile, timer, n] = match
  if (encodedFile === undefined || timer === undefined || n === undefined || !isTimerName(timer)) return undefined
  try {
    return { fileId: decodeURIComponent(encodedFile), timer, n: Number(n) }
  } catch {
    return undefined
  }
}

/**
 * Every job id a file may hold for these timers, given its current sequence: what to remove for a plan's
 * `cancel` (removing an id that does not exist is harmless).
 */
export function timerJobIdsOf(fileId: string, timers: readonly TimerName[], seq: TimerSequence | undefined): string[] {
  const ids: string[] = []
  for (const timer of timers) {
    const count = seq?.[timer] ?? 0
    for (let n = 0; n < count; n += 1) ids.push(timerJobId(fileId, timer, n))
  }
  return ids
}
