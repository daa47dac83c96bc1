import { bilingual, isBlank, type ValidationResult } from '../validation/messages'
import { validatePeriod } from '../validation/period'

/**
 * The two quality registers of Qualiopi: complaints (ind. 31: received, acknowledged, answered, in writing) and
 * improvement actions (ind. 32: decided from the analysis of appreciations and complaints). Labels and the
 * rules a record must follow before it is saved; pure, so the collections and the evidence export share them.
 */

export const COMPLAINT_STATUS_LABELS = {
  received: { fr: 'Reçue', en: 'Received' },
  acknowledged: { fr: 'Accusé de réception envoyé', en: 'Acknowledged' },
  answered: { fr: 'Réponse apportée', en: 'Answered' },
  closed: { fr: 'Close', en: 'Closed' },
} as const
export type ComplaintStatus = keyof typeof COMPLAINT_STATUS_LABELS

export const COMPLAINANT_LABELS = {
  participant: { fr: 'Participant·e', en: 'Participant' },
  structure: { fr: 'Structure (employeur)', en: 'Structure (employer)' },
  financer: { fr: 'Financeur (OPCO)', en: 'Funder (OPCO)' },
  facilitator: { fr: 'Formateur·rice (ERIC)', en: 'Trainer (ERIC)' },
  other: { fr: 'Autre', en: 'Other' },
} as const

export const COMPLAINT_CHANNEL_LABELS = {
  email: { fr: 'E-mail', en: 'E-mail' },
  letter: { fr: 'Courrier', en: 'Letter' },
  phone: { fr: 'Téléphone', en: 'Phone' },
  'in-person': { fr: 'De vive voix', en: 'In person' },
  survey: { fr: 'Questionnaire', en: 'Survey' },
  other: { fr: 'Autre', en: 'Other' },
} as const

export const ACTION_STATUS_LABELS = {
  planned: { fr: 'Prévue', en: 'Planned' },
  in_progress: { fr: 'En cours', en: 'In progress' },
  done: { fr: 'Réalisée', en: 'Done' },
  abandoned: { fr: 'Abandonnée', en: 'Abandoned' },
} as const
export type ActionStatus = keyof typeof ACTION_STATUS_LABELS

/** Statuses after which the complaint has been acknowledged, and answered, in writing. */
const ACKNOWLEDGED: readonly string[] = ['acknowledged', 'answered', 'closed']
const ANSWERED: readonly string[] = ['answered', 'closed']
/** Statuses that end an action: the date it ended is kept in `doneAt`. */
const ENDED: readonly string[] = ['done', 'abandoned']

export const ANSWER_REQUIRED = bilingual(
  'Réponse obligatoire pour une réclamation répondue ou close',
  'an answer is required once the complaint is answered or closed',
)
export const ANSWERED_AT_REQUIRED = bilingual(
  'Date de réponse obligatoire pour une réclamation répondue ou close',
  'the answer date is required once the complaint is answered or closed',
)
export const ACKNOWLEDGED_AT_REQUIRED = bilingual(
  "Date de l'accusé de réception obligatoire à partir de l'état « accusé de réception envoyé »",
  'the acknowledgement date is required from the "acknowledged" status on',
)
export const BEFORE_RECEIPT = bilingual('Cette date précède la réception de la réclamation', 'this date is before the complaint was received')
export const DONE_AT_REQUIRED = bilingual(
  'Date de fin obligatoire pour une action réalisée ou abandonnée',
  'the end date is required once the action is done or abandoned',
)
export const BEFORE_DECISION = bilingual("Cette date précède la décision de l'action", 'this date is before the action was decided')
export const ABANDON_REASON_REQUIRED = bilingual(
  "Indiquez pourquoi l'action est abandonnée (résultat)",
  'say why the action is abandoned (outcome)',
)

type DateInput = string | Date | null | undefined

/** A step of a record (acknowledgement, answer, end) that a status requires, and that cannot precede the start. */
function datedStep(required: boolean, value: DateInput, start: DateInput, missing: string, early: string): ValidationResult {
  if (isBlank(value)) return required ? missing : true
  return validatePeriod(start, value) === true ? true : early
}

export const complaintAnswerRule = (status: string | null | undefined, answer: unknown): ValidationResult =>
  ANSWERED.includes(status ?? '') && isBlank(answer) ? ANSWER_REQUIRED : true

export const complaintAnsweredAtRule = (status: string | null | undefined, answeredAt: DateInput, receivedAt: DateInput): ValidationResult =>
  datedStep(ANSWERED.includes(status ?? ''), answeredAt, receivedAt, ANSWERED_AT_REQUIRED, BEFORE_RECEIPT)

export const complaintAcknowledgedAtRule = (
  status: string | null | undefined,
  acknowledgedAt: DateInput,
  receivedAt: DateInput,
): ValidationResult => datedStep(ACKNOWLEDGED.includes(status ?? ''), acknowledgedAt, receivedAt, ACKNOWLEDGED_AT_REQUIRED, BEFORE_RECEIPT)

export const actionDoneAtRule = (status: string | null | undefined, doneAt: DateInput, decidedAt: DateInput): ValidationResult =>
  datedStep(ENDED.includes(status ?? ''), doneAt, decidedAt, DONE_AT_REQUIRED, BEFORE_DECISION)

export const actionOutcomeRule = (status: string | null | undefined, outcome: unknown): ValidationResult =>
  status === 'abandoned' && isBlank(outcome) ? ABANDON_REASON_REQUIRED : true

/** Whole days from one date to another (the answer delay of a complaint), or undefined when one is missing. */
export function daysBetween(from: DateInput, to: DateInput): number | undefined {
  if (isBlank(from) || isBlank(to)) return undefined
  const ms = new Date(to as string).getTime() - new Date(from as string).getTime()
  return Number.isNaN(ms) ? undefined : Math.round(ms / 86_400_000)
}
