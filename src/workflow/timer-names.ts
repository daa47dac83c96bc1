/**
 * Timer names. T0–T20, T20a and T22 are the timers of domain §5 (the spec has no T21). The spec also has three
 * automatic moves "at a date" without a timer number; they get clock timers with plain names so that they
 * travel the same road (delayed job → onTimerFired → transition):
 * - `expiry`: D for files without approval, the end of APC validity for approved files (→ expired);
 * - `session_start`: the first slot start (convened → in_progress);
 * - `session_end`: E, the last slot end (in_progress → delivered).
 */
export const TIMER_NAMES = [
  'T0',
  'T1',
  'T2',
  'T3',
  'T4',
  'T5',
  'T6',
  'T7',
  'T8',
  'T9',
  'T10',
  'T11',
  'T12',
  'T13',
  'T14',
  'T15',
  'T16',
  'T17',
  'T18',
  'T19',
  'T20',
  'T20a',
  'T22',
  'expiry',
  'session_start',
  'session_end',
] as const

export type TimerName = (typeof TIMER_NAMES)[number]

/** "recompute T4–T12" on reschedule. */
export const SESSION_PREP_TIMERS: readonly TimerName[] = ['T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']

/** Timers that target each participant; the sender skips those who already answered, signed or withdrew. */
export const PER_PARTICIPANT_TIMERS: readonly TimerName[] = ['T6', 'T11', 'T14', 'T20']

export function isTimerName(value: unknown): value is TimerName {
  return typeof value === 'string' && (TIMER_NAMES as readonly string[]).includes(value)
}
