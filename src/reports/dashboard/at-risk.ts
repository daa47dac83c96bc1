import type { Where } from 'payload'

const DAY = 86_400_000

/** A draft or ready file whose last day to file is this close (or passed) needs the coordinator now. */
export const DEADLINE_NEAR_DAYS = 14
/** Filed this long ago with no answer recorded: the second "did the OPCO answer?" reminder has gone out (T2, +21 d). */
export const OPCO_SILENT_DAYS = 21

export interface RiskFacts {
  status: string
  deadline?: string | null
  submittedAt?: string | null
  evidence?: { sheetsSigned?: boolean | null; sheetsCountersigned?: boolean | null } | null
}

export type RiskKind = 'deadlineNear' | 'opcoSilent' | 'unsignedSheets'
export const RISK_KINDS: readonly RiskKind[] = ['deadlineNear', 'opcoSilent', 'unsignedSheets']

/** Typed one by one, so each condition is checked as a Where. */
const all = (...conditions: Where[]): Where => ({ and: conditions })
const any = (...conditions: Where[]): Where => ({ or: conditions })

const before = (at: string | null | undefined, limit: number): boolean => Boolean(at) && new Date(at as string).getTime() <= limit

/** The three risks of the dashboard, each as a predicate and as the same condition for the admin list. */
export const RISKS: Record<RiskKind, { applies: (file: RiskFacts, now: Date) => boolean; where: (now: Date) => Where }> = {
  deadlineNear: {
    applies: (f, now) => ['draft', 'ready'].includes(f.status) && before(f.deadline, now.getTime() + DEADLINE_NEAR_DAYS * DAY),
    where: (now) =>
      all({ status: { in: ['draft', 'ready'] } }, { deadline: { less_than_equal: new Date(now.getTime() + DEADLINE_NEAR_DAYS * DAY).toISOString() } }),
  },
  opcoSilent: {
    applies: (f, now) => f.status === 'submitted' && before(f.submittedAt, now.getTime() - OPCO_SILENT_DAYS * DAY),
    where: (now) =>
      all({ status: { equals: 'submitted' } }, { submittedAt: { less_than_equal: new Date(now.getTime() - OPCO_SILENT_DAYS * DAY).toISOString() } }),
  },
  // The session is over and the sheets the OPCO pays on are not all signed and countersigned.
  unsignedSheets: {
    applies: (f) => f.status === 'delivered' && !(f.evidence?.sheetsSigned === true && f.evidence?.sheetsCountersigned === true),
    where: () =>
      all(
        { status: { equals: 'delivered' } },
        any(
          { 'evidence.sheetsSigned': { not_equals: true } },
          { 'evidence.sheetsSigned': { exists: false } },
          { 'evidence.sheetsCountersigned': { not_equals: true } },
          { 'evidence.sheetsCountersigned': { exists: false } },
        ),
      ),
  },
}
