import type { RoleMix } from '../sessions/role-mix'
import type { AttendanceSummary } from './attendance'
import type { FreeText, ScoreSummary } from './scores'

/**
 * The parts of a session report, each computed by one child job of the report flow, and the whole the parent
 * renders. Stored as is on the `reports` record, so the PDF can be rendered again identically.
 */
export interface ReportParts {
  attendance: AttendanceSummary
  roles: RoleMix
  scores: { hot: ScoreSummary; cold: ScoreSummary }
  freeText: FreeText[]
  facilitator: { respondents: number; scores: ScoreSummary; comments: string[] }
  director: { offer: Record<string, number>; answers: { structure?: string; answer: string }[]; comments: string[] }
}

export type ReportPartName = keyof ReportParts
export const REPORT_PART_NAMES: readonly ReportPartName[] = ['attendance', 'roles', 'scores', 'freeText', 'facilitator', 'director']

export interface ReportContent {
  session: { id: string; title: string; venue?: string; start?: string; end?: string; structures: Record<string, string> }
  /** The latest change among the report's inputs (enrolments, attendance, answers). */
  inputsAsOf: string
  generatedAt: string
  parts: ReportParts
}
