import type { DashboardFilters } from './filters'
import type { RiskKind } from './at-risk'

/** One number of the dashboard and the admin list that shows what it counts. */
export interface LinkedCount {
  key: string
  count: number
  link: string
}

export interface SatisfactionFigure {
  respondents: number
  /** Mean of every 1–5 answer; 0 when nobody answered. */
  mean: number
  /** Share of 4s and 5s, 0–1. */
  satisfiedRate: number
  distribution: [number, number, number, number, number]
  link: string
}

/** Some structures, and how many of them were reached and trained. */
export interface ReachFigure {
  structures: LinkedCount
  /** Presented, engaged or trained. */
  reached: LinkedCount
  trained: LinkedCount
}

export interface TargetFigure extends ReachFigure {
  campaignId: string
  title: string
  phase: string
  target: number | null
}

export interface RiskFigure extends LinkedCount {
  key: RiskKind
  /** `deadline` lets the list say « date limite dépassée » rather than the risk's « dans moins de 14 jours ». */
  files: { id: string; reference: string; structure: string; link: string; deadline?: string | null }[]
}

export interface Dashboard {
  filters: DashboardFilters
  generatedAt: string
  scope: { structures: number; files: LinkedCount; sessions: LinkedCount }
  filesByState: LinkedCount[]
  filesByOpco: LinkedCount[]
  sessionsByMonth: LinkedCount[]
  /** Every structure in scope, whatever its campaign: what a federation's target is measured against. */
  reach: ReachFigure
  targets: TargetFigure[]
  /** From the first step to the second: interested directors' structures, leads, and leads that filed a request. */
  secondStep: { interested: LinkedCount; leads: LinkedCount; filed: LinkedCount }
  participantsByRole: LinkedCount[]
  satisfaction: { hot: SatisfactionFigure; cold: SatisfactionFigure }
  atRisk: RiskFigure[]
}
