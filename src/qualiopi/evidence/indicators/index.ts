import { publicInformation } from './01-public-information'
import { resultIndicatorsEvidence } from './02-result-indicators'
import { needsAnalysisEvidence } from './04-needs-analysis'
import { deliveryConditions } from './09-delivery-conditions'
import { objectivesAssessment } from './11-objectives-assessment'
import { engagement } from './12-engagement'
import { appreciations } from './30-appreciations'
import { complaintsRegister } from './31-complaints'
import { improvementActions } from './32-improvement'
import type { IndicatorDefinition } from '../types'

/** The Qualiopi indicators the archive proves, in the order of the national reference (RNQ). */
export const EVIDENCE_INDICATORS: readonly IndicatorDefinition[] = [
  publicInformation,
  resultIndicatorsEvidence,
  needsAnalysisEvidence,
  deliveryConditions,
  objectivesAssessment,
  engagement,
  appreciations,
  complaintsRegister,
  improvementActions,
]
