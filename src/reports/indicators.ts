import { scoreSummary, type ScaleAnswer } from './scores'

/**
 * The programme's result indicators (Qualiopi ind. 2): satisfaction and completion over a period, with the
 * numbers they are computed from, so the public page states them honestly.
 */
export interface ResultIndicators {
  period: { from: string; to: string }
  sessions: number
  trainees: number
  /** Trainees who attended every half-day / trainees (withdrawn excluded), 0–1. */
  completionRate: number
  hot: { respondents: number; mean: number; satisfiedRate: number }
  cold: { respondents: number; mean: number; satisfiedRate: number }
}

export function computeResultIndicators(args: {
  from: Date
  to: Date
  sessions: number
  enrolmentStatuses: readonly string[]
  hot: readonly { answers: readonly ScaleAnswer[] }[]
  cold: readonly { answers: readonly ScaleAnswer[] }[]
}): ResultIndicators {
  const trainees = args.enrolmentStatuses.filter((s) => s !== 'withdrawn').length
  const completed = args.enrolmentStatuses.filter((s) => s === 'attended').length
  const pick = (s: ReturnType<typeof scoreSummary>) => ({ respondents: s.respondents, mean: s.mean, satisfiedRate: s.satisfiedRate })
  return {
    period: { from: args.from.toISOString(), to: args.to.toISOString() },
    sessions: args.sessions,
    trainees,
    completionRate: trainees ? completed / trainees : 0,
    hot: pick(scoreSummary(args.hot)),
    cold: pick(scoreSummary(args.cold)),
  }
}
