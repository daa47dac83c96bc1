import type { ProviderFacts } from '../../documents/facts'

/** A line of the cerfa counting people: trainees and their hours-trainees (hours actually attended). */
export interface TraineeLine {
  line: string
  label: string
  trainees: number
  hours: number
}

/** A line of cadre C: products (€ HT) of one origin, and the funding files that make it up. */
export interface ProductLine {
  line: string
  label: string
  funder: FunderType
  amount: number
  files: number
}

export type FunderType = 'opco' | 'employer' | 'other'

/** One session (action) with half-days in the year: the drill-down behind the totals. */
export interface SessionLine {
  id: string
  title: string
  firstDay: string
  lastDay: string
  /** Half-days of the session that fall in the year, and their planned hours. */
  halfDays: number
  plannedHours: number
  trainees: number
  hours: number
}

export interface BpfFigures {
  year: number
  /** First and last day of the period (Paris calendar days, YYYY-MM-DD). */
  period: { from: string; to: string }
  generatedAt: string
  organisation: ProviderFacts
  /** Cadre F-1: a to e, then the total. */
  trainees: TraineeLine[]
  /** Cadre F-3 (objective of the training): a to f. */
  objectives: TraineeLine[]
  /** Cadre C: the lines essaim can fill, then the total. */
  products: ProductLine[]
  productsTotal: number
  totals: { trainees: number; hours: number; sessions: number; plannedHours: number }
  sessions: SessionLine[]
  /** Things to check before filing (a session with no trainee, a billed file with no amount…), in French. */
  alerts: string[]
}
