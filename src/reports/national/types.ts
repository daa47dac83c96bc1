import type { FederationPhase } from '../../../collections/federations/phases'
import type { Dashboard, LinkedCount, ReachFigure, RiskFigure, SatisfactionFigure } from '../dashboard/types'

/** The collections a federation's column opens, filtered to that federation. */
export const FEDERATION_LISTS = ['structures', 'campaigns', 'sessions', 'funding-files'] as const
export type FederationList = (typeof FEDERATION_LISTS)[number]

export interface FederationSummary {
  id: string
  name: string
  slug: string | null
  territory: string | null
  phase: FederationPhase
  /** How many structures the federation means to train; null when not set. */
  structuresTarget: number | null
}

/** One federation's campaign figures, each with the admin list (narrowed to that federation) that shows its rows. */
export interface FederationColumn {
  /** null: the documents that belong to no federation (« Sans fédération »). */
  federation: FederationSummary | null
  reach: ReachFigure
  /** From the first step to the second in the federation: interested directors' structures, leads, leads that filed. */
  secondStep: Dashboard['secondStep']
  files: LinkedCount
  filesByState: LinkedCount[]
  satisfaction: { hot: SatisfactionFigure; cold: SatisfactionFigure }
  atRisk: RiskFigure[]
  lists: Record<FederationList, string>
}

export interface NationalDashboard {
  generatedAt: string
  federations: FederationColumn[]
}
