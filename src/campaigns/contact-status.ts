/**
 * The worklist status of a structure (domain §5b): to approach → presented → engaged → trained. It only moves
 * forward on its own (kit sent, file created, session delivered); a person may set any value by hand.
 */
export const CONTACT_ORDER = ['to-approach', 'presented', 'engaged', 'trained'] as const
export type ContactStatus = (typeof CONTACT_ORDER)[number]

const rank = (status: string | null | undefined): number => CONTACT_ORDER.indexOf((status ?? 'to-approach') as ContactStatus)

/** The file states that mean its session took place. */
const SESSION_DELIVERED = ['delivered', 'evidence_ready', 'follow_up', 'reported'] as const

/** A file that ended without a session says nothing new about the structure. */
const ENDED_WITHOUT_SESSION = ['cancelled', 'expired', 'closed'] as const

export interface FileMoveFacts {
  kind: string
  from: string | null
  to: string
}

/**
 * What a funding file's move means for its structure's worklist status: a new file (or any live move) is a
 * structure that filed a request, "engaged"; a delivered session (or any later state) makes it "trained".
 * Returns the new status, or undefined when the status stays (never backwards, billing moves ignored).
 */
export function contactStatusAfterFileMove(current: string | null | undefined, move: FileMoveFacts): ContactStatus | undefined {
  if (move.kind === 'billing') return undefined
  let target: ContactStatus | undefined
  if ((SESSION_DELIVERED as readonly string[]).includes(move.to)) target = 'trained'
  else if (move.kind === 'created' || !(ENDED_WITHOUT_SESSION as readonly string[]).includes(move.to)) target = 'engaged'
  return target && rank(target) > rank(current) ? target : undefined
}
