// People read these reasons in the edit view and in refusals: dates as a French coordinator writes them, in Paris time.
import { formatDate, formatDateTime } from '../email/format'
import { DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from './config'
import {
  addDays,
  addMonths,
  sessionEndOf,
  sessionStartOf,
  firstSlotStartOf,
  utcDay,
  validityEndOf,
} from './dates'
import { lastDayToFile } from './deadline'
import type { Checklist, Evidence, FileFacts } from './facts'
import { CHECKLIST_ITEM_LABELS, describeItems, type Bilingual } from './messages'

/** A guard returns undefined when the move may happen, else why not (fr/en). */
export type GuardResult = Bilingual | undefined

const CHECKLIST_FLAGS = ['devisSigned', 'conventionSigned', 'programme', 'siret'] as const

/** What the checklist rule reads: the ticked pieces, the session's dates and the OPCO. */
export type ReadinessFacts = Pick<FileFacts, 'checklist' | 'sessionStart' | 'slots' | 'opco' | 'requestedAmount'>

/**
 * Items still missing for draft → ready; no checklist at all means every piece is missing. Besides the pieces of
 * the DPC, a ready file needs what the next steps need: a session with dates (the filing deadline, the T1 and T2
 * reminders and the approval mail hang on D), a known OPCO (where to file, and its lead time) and the requested
 * amount (the DPC states it; telling an approval from a partial one and the remainder mail need it).
 */
export function missingChecklistItems(
  file: ReadinessFacts,
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): string[] {
  const checklist = file.checklist
  const missing: string[] = checklist === undefined ? [...CHECKLIST_FLAGS] : CHECKLIST_FLAGS.filter((flag) => !checklist[flag])
  if (sessionStartOf(file) === undefined) missing.push('sessionDates')
  if (!file.opco) missing.push('opco')
  if (!(file.requestedAmount !== undefined && file.requestedAmount > 0)) missing.push('requestedAmount')
  const min = checklist !== undefined && Number.isFinite(checklist.minParticipants) ? checklist.minParticipants : config.minParticipants
  if (!(checklist !== undefined && checklist.participants >= min)) missing.push('participants')
  return missing
}

export function checklistComplete(file: FileFacts, config: WorkflowConfig): GuardResult {
  const missing = missingChecklistItems(file, config)
  if (missing.length === 0) return undefined
  const items = describeItems(missing, CHECKLIST_ITEM_LABELS)
  return { fr: `Dossier incomplet : ${items.fr}.`, en: `The file is incomplete: ${items.en}.` }
}

export function checklistIncomplete(file: FileFacts, config: WorkflowConfig): GuardResult {
  if (missingChecklistItems(file, config).length > 0) return undefined
  return {
    fr: 'Toutes les pièces requises sont présentes : le dossier reste prêt à déposer.',
    en: 'Every required item is present: the file stays ready to file.',
  }
}

/** "D−L ≥ today": the DPC can still be filed in time for session start D. */
export function canStillFile(
  sessionStart: Date | undefined,
  opco: string | undefined,
  now: Date,
  config: WorkflowConfig,
  ownLeadTime?: number,
): GuardResult {
  if (sessionStart === undefined) {
    return {
      fr: 'La session n’a pas de date : indiquez de nouvelles dates.',
      en: 'The session has no date: enter new dates.',
    }
  }
  const lastDay = lastDayToFile(sessionStart, opco, config, ownLeadTime)
  if (utcDay(lastDay) >= utcDay(now)) return undefined
  return {
    fr: `Trop tard pour déposer à nouveau : le dernier jour était le ${formatDate('fr', lastDay)}. Indiquez de nouvelles dates.`,
    en: `Too late to file again: the last day was ${formatDate('en', lastDay)}. Enter new dates.`,
  }
}

/** approved | self_funded → convened happens when T5 sends the convocations, at D−14 at the earliest. */
export function convocationTimeReached(file: FileFacts, now: Date, config: WorkflowConfig): GuardResult {
  const d = sessionStartOf(file)
  if (d === undefined) return { fr: 'La session n’a pas de date.', en: 'The session has no date.' }
  const at = addDays(d, -config.convocationDaysBefore)
  if (now >= at) return undefined
  return {
    fr: `Les convocations partent le ${formatDate('fr', at)} (J−${config.convocationDaysBefore}).`,
    en: `Convocations go out on ${formatDate('en', at)} (D−${config.convocationDaysBefore}).`,
  }
}

export function firstSlotStarted(file: FileFacts, now: Date): GuardResult {
  const start = firstSlotStartOf(file)
  if (start === undefined) return { fr: 'La session n’a pas de créneau.', en: 'The session has no slot.' }
  if (now >= start) return undefined
  return {
    fr: `La session commence le ${formatDateTime('fr', start)}.`,
    en: `The session starts on ${formatDateTime('en', start)}.`,
  }
}

export function sessionEnded(file: FileFacts, now: Date): GuardResult {
  const end = sessionEndOf(file)
  if (end === undefined) return { fr: 'La session n’a pas de date de fin.', en: 'The session has no end date.' }
  if (now >= end) return undefined
  return { fr: `La session se termine le ${formatDateTime('fr', end)}.`, en: `The session ends on ${formatDateTime('en', end)}.` }
}

const EVIDENCE_LABELS: Record<keyof Evidence, Bilingual> = {
  sheetsSigned: { fr: 'feuilles d’émargement signées', en: 'attendance sheets signed' },
  sheetsCountersigned: { fr: 'feuilles contresignées par le formateur', en: 'sheets countersigned by the trainer' },
  hoursComputed: { fr: 'heures calculées', en: 'hours computed' },
  certificatsSigned: { fr: 'certificats de réalisation signés', en: 'completion certificates signed' },
}

export function evidenceComplete(file: FileFacts): GuardResult {
  const evidence = file.evidence
  const keys = Object.keys(EVIDENCE_LABELS) as (keyof Evidence)[]
  const missing = keys.filter((k) => evidence?.[k] !== true)
  if (missing.length === 0) return undefined
  const items = describeItems(missing, EVIDENCE_LABELS)
  return { fr: `Preuves incomplètes : ${items.fr}.`, en: `Evidence incomplete: ${items.en}.` }
}

/** evidence_ready → follow_up when T20a fires at E+60 d. */
export function coldSurveyTimeReached(file: FileFacts, now: Date, config: WorkflowConfig): GuardResult {
  const e = sessionEndOf(file)
  if (e === undefined) return undefined
  const at = addDays(e, config.coldSurveyDaysAfter)
  if (now >= at) return undefined
  return {
    fr: `L’enquête à froid part le ${formatDate('fr', at)} (fin + ${config.coldSurveyDaysAfter} j).`,
    en: `The cold survey goes out on ${formatDate('en', at)} (end + ${config.coldSurveyDaysAfter} d).`,
  }
}

/** → expired: D reached without approval, or (approved) the APC validity passed before delivery. */
export function expiryReached(file: FileFacts, now: Date): GuardResult {
  if (file.status === 'approved') {
    if (file.validUntil !== undefined && now >= validityEndOf(file.validUntil)) return undefined
    return {
      fr: 'L’accord de prise en charge est encore valable.',
      en: 'The funding approval is still valid.',
    }
  }
  const d = sessionStartOf(file)
  if (d !== undefined && now >= d) return undefined
  return {
    fr: 'La date de début de session n’est pas atteinte.',
    en: 'The session start date has not been reached.',
  }
}

/**
 * Reschedule guard for files bound by an APC (OPCO Santé rules [8][23]): at most `rescheduleMaxMonths` after the
 * planned start, same calendar year, and still within the APC validity.
 */
export function rescheduleWithinApc(
  file: FileFacts,
  newStart: Date,
  newEnd: Date,
  config: WorkflowConfig,
): GuardResult {
  const oldStart = sessionStartOf(file)
  if (oldStart !== undefined) {
    const latestStart = addMonths(oldStart, config.rescheduleMaxMonths)
    if (newStart > latestStart) {
      return {
        fr: `Report de plus de ${config.rescheduleMaxMonths} mois (au plus tard le ${formatDate('fr', latestStart)}) : un nouvel accord est nécessaire.`,
        en: `Postponed by more than ${config.rescheduleMaxMonths} months (latest ${formatDate('en', latestStart)}): a new approval is needed.`,
      }
    }
    const year = oldStart.getUTCFullYear()
    if (newStart.getUTCFullYear() !== year || newEnd.getUTCFullYear() !== year) {
      return {
        fr: `Les nouvelles dates doivent rester en ${year} : un nouvel accord est nécessaire.`,
        en: `The new dates must stay within ${year}: a new approval is needed.`,
      }
    }
  }
  if (file.validUntil !== undefined && newEnd >= validityEndOf(file.validUntil)) {
    return {
      fr: `L'accord n'est valable que jusqu’au ${formatDate('fr', file.validUntil)} : un nouvel accord est nécessaire.`,
      en: `The approval is only valid until ${formatDate('en', file.validUntil)}: a new approval is needed.`,
    }
  }
  return undefined
}
