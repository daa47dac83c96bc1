import { DEFAULT_WORKFLOW_CONFIG } from '../workflow/config'
import type { Slot } from './slots'

const MINUTE = 60_000
/** Participants may sign from a little before the half-day starts (arrivals, coffee) … */
export const SIGNING_OPENS_MINUTES_BEFORE = 30
/** … until the attendance check (T13) looks at the sheet, two hours after it ends. */
export const SIGNING_CLOSES_MINUTES_AFTER = DEFAULT_WORKFLOW_CONFIG.attendanceCheckHoursAfterSlot * 60

export const canSignAt = (slot: Pick<Slot, 'start' | 'end'>, now: Date): boolean =>
  now.getTime() >= slot.start.getTime() - SIGNING_OPENS_MINUTES_BEFORE * MINUTE &&
  now.getTime() < slot.end.getTime() + SIGNING_CLOSES_MINUTES_AFTER * MINUTE

/**
 * The half-day under way: the latest one whose signing window holds `now` (-1: none). Windows overlap over
 * lunch (the morning stays signable until 2 h after it ends), and by then the afternoon is the current one.
 */
export function currentSlotIndex(slots: readonly Pick<Slot, 'start' | 'end'>[], now: Date): number {
  for (let i = slots.length - 1; i >= 0; i -= 1) {
    const slot = slots[i]
    if (slot && canSignAt(slot, now)) return i
  }
  return -1
}

/** A facilitator countersigns a half-day once it has started (and marks absences from then on). */
export const canCountersignAt = (slot: Pick<Slot, 'start'>, now: Date): boolean => now >= slot.start
