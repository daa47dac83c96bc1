import type { BillingState, FileState } from './states'
import type { TimerName } from './timer-names'

/** One half-day slot of the session. */
export interface Slot {
  start: Date
  end: Date
}

/**
 * The pieces ticked for the draft → ready checklist (domain §5): devis & convention signed by both, programme,
 * ≥ min participants, SIRET. The IDCC/OPCO item is the file's `opco` (the structure's IDCC gives it), and the rule
 * also wants the session's dates: see missingChecklistItems.
 */
export interface Checklist {
  devisSigned: boolean
  conventionSigned: boolean
  programme: boolean
  siret: boolean
  participants: number
  minParticipants: number
}

/** delivered → evidence_ready: all half-day sheets signed and countersigned, hours computed, certificats signed. */
export interface Evidence {
  sheetsSigned: boolean
  sheetsCountersigned: boolean
  hoursComputed: boolean
  certificatsSigned: boolean
}

/** What one slot's attendance check (T13) found; provided by the caller when the timer fires. */
export interface SlotAttendance {
  unsignedSheets: number
  absentParticipants: number
}

/** Next unused occurrence index per timer for this file (see job-ids.ts for why occurrences are never reused). */
export type TimerSequence = Partial<Record<TimerName, number>>

/** What the workflow needs to know about a file: plain data, read from the funding-files document. */
export interface FileFacts {
  status: FileState
  billingStatus: BillingState
  /** D: session start. Falls back to the first slot start. */
  sessionStart?: Date
  /** E: last slot end. Falls back to the last slot end. */
  sessionEnd?: Date
  slots?: Slot[]
  opco?: string
  /** The filing lead time its federation sets for its OPCO, when it sets one (else the config's). */
  leadTimeDays?: number
  requestedAmount?: number
  agreedAmount?: number
  /** Last day the APC is valid (inclusive); the APC lapses at the end of that day. */
  validUntil?: Date
  /** Part of the cost the employer pays itself (partial approval, absences). */
  remainder?: number
  opcoRef?: string
  submittedAt?: Date
  checklist?: Checklist
  refusalReason?: string
  /** Set when the structure chose to pay itself (refused → self_funded): no APC rule applies to its dates. */
  selfFunded?: boolean
  /** Co-funded files keep their proofs 10 years instead of 6 (T22). */
  coFunded?: boolean
  evidence?: Evidence
  reportValidated?: boolean
  /** When the cold survey went out (possibly while still `delivered`, see T20a). */
  coldSurveySentAt?: Date
  /** Roles missing against the role-mix target at list lock (T4); undefined = not computed by the caller. */
  missingRoles?: string[]
  /** Attendance per slot index, for T13; undefined entries = not known. */
  slotAttendance?: (SlotAttendance | undefined)[]
  timerSeq?: TimerSequence
}

/** The fields a move writes back on the file. */
export type FilePatch = Partial<
  Pick<
    FileFacts,
    | 'status'
    | 'billingStatus'
    | 'sessionStart'
    | 'sessionEnd'
    | 'slots'
    | 'agreedAmount'
    | 'validUntil'
    | 'remainder'
    | 'opcoRef'
    | 'submittedAt'
    | 'refusalReason'
    | 'selfFunded'
    | 'reportValidated'
    | 'coldSurveySentAt'
    | 'timerSeq'
  >
>

/** Data a person types with a move (the `data` of POST /transition). */
export interface TransitionInput {
  /** Free text kept in the audit entry. */
  reason?: string
  /** ready → submitted. */
  opcoRef?: string
  /** ready → submitted: the day the DPC was filed; defaults to now. */
  submittedAt?: Date
  /** submitted → approved | partially_approved. */
  agreedAmount?: number
  validUntil?: Date
  /** submitted → refused. */
  refusalReason?: string
  /** refused | partially_approved → draft: new dates when the old ones are too close to file again. */
  sessionStart?: Date
  sessionEnd?: Date
  slots?: Slot[]
  /** reported → closed: the coordinator validates the report while closing. */
  reportValidated?: boolean
}

/** Data typed with a billing move. */
export interface BillingInput {
  reason?: string
  /** to_invoice | rejected → invoiced: amount invoiced to the employer (remainder, absences). */
  employerAmount?: number
  /** invoiced → paid: the employer's remainder has been paid too. */
  remainderPaid?: boolean
}
