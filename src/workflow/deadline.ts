import { DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from './config'
import { addDays } from './dates'

/**
 * OPCO names are typed by people ("OPCO Santé", "opco-sante", "Uniformation – Cohésion sociale"); compare them
 * without case, accents or punctuation.
 */
export function normaliseOpco(opco: string): string {
  return opco
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** L for this OPCO: configured value (or the default), never below the hard floor. */
export function leadTimeDays(opco: string | undefined, config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG): number {
  let configured = config.defaultLeadTimeDays
  if (opco !== undefined) {
    const wanted = normaliseOpco(opco)
    for (const [name, days] of Object.entries(config.leadTimeDaysByOpco)) {
      if (normaliseOpco(name) === wanted) configured = days
    }
  }
  return Math.max(configured, config.hardFloorLeadTimeDays)
}

/** The last day to file the DPC: D − L for the structure's OPCO. */
export function lastDayToFile(
  sessionStart: Date,
  opco: string | undefined,
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): Date {
  return addDays(sessionStart, -leadTimeDays(opco, config))
}
