import type { EnrolmentStatus } from './enrolment-status'
import { slotHours, type Slot } from './slots'

/**
 * Hours attended = the length of every half-day the participant signed (Code du travail R6332-26: the sheet is
 * the proof; the OPCO pays attended hours only). Indexes outside the session's slots count for nothing.
 */
export function hoursFromSignedHalfDays(
  slots: readonly Pick<Slot, 'start' | 'end'>[],
  signed: Iterable<number>,
): number {
  let total = 0
  for (const index of new Set(signed)) {
    const slot = Number.isInteger(index) ? slots[index] : undefined
    if (slot) total += slotHours(slot)
  }
  return total
}

/**
 * The attendance outcome once the session is over: every half-day signed → attended, some → partial,
 * none → no-show. Before the end the status stays what it was (undefined: nothing to change).
 */
export function attendanceOutcome(
  slotCount: number,
  signedCount: number,
  sessionOver: boolean,
): Extract<EnrolmentStatus, 'attended' | 'partial' | 'no-show'> | undefined {
  if (slotCount > 0 && signedCount >= slotCount) return 'attended'
  if (!sessionOver) return undefined
  return signedCount > 0 ? 'partial' : 'no-show'
}
