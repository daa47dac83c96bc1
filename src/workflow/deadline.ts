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

/** A federation's own filing lead time for one OPCO (its settings), as the file's facts carry it. */
export interface OwnLeadTime {
  opco?: string | null
  days?: number | null
}

/** The lead time a federation sets for this OPCO, if it sets one. */
export function ownLeadTimeDays(rows: readonly OwnLeadTime[] | null | undefined, opco: string | undefined): number | undefined {
  if (opco === undefined) return undefined
  const wanted = normaliseOpco(opco)
  const row = (rows ?? []).find((r) => typeof r.days === 'number' && r.opco && normaliseOpco(r.opco) === wanted)
  return row?.days ?? undefined
}

/**
 * L for this OPCO: the file's federation's own value when it sets one (`own`), else the configured value (or the
 * default); never below the hard floor.
 */
export function leadTimeDays(opco: string | undefined, config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG, own?: number): number {
  let configured = config.defaultLeadTimeDays
  if (own !== undefined) configured = own
  else if (opco !== undefined) {
    const wanted = normaliseOpco(opco)
    for (const [name, days] of Object.entries(config.leadTimeDaysByOpco)) {
      if (normaliseOpco(name) === wanted) configured = days
    }
  }
  return Math.max(configured, config.hardFloorLeadTimeDays)
}

/** The last day to file the DPC: D − L for the structure's OPCO (in the file's federation, `own`, when it sets one). */
export function lastDayToFile(
  sessionStart: Date,
  opco: string | undefined,
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
  own?: number,
): Date {
  return addDays(sessionStart, -leadTimeDays(opco, config, own))
}
