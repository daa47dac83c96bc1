import type { LinkRefusal } from '../../../src/sessions/link-purposes'

/**
 * Why a personal page or action did nothing. Link refusals first (the token itself), then what the holder may
 * not do with a valid link.
 */
export type SheetRefusal =
  | LinkRefusal
  | 'not-enrolled' // the participant is not (or no longer) on this session's list
  | 'not-facilitator' // the account no longer teaches this session
  | 'no-such-half-day'
  | 'not-open' // outside the half-day's signing window
  | 'sheet-closed' // the facilitator already countersigned this half-day
  | 'incomplete' // countersigning while someone has neither signed nor been marked absent

export type SheetResult<T> = ({ ok: true } & T) | { ok: false; refusal: SheetRefusal; names?: string[] }
