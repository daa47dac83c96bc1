/**
 * The second step (domain §5b, lesson "second, operational step"): the 3 days are a first step; a director who
 * answers « intéressé » to the cold survey's offer becomes a lead of their federation's second-step campaign. The
 * structure's worklist status then describes that step (`contactStep: 'second'`): it starts again at « to
 * approach », so the facilitator's list, the 30-day nudge, the kit and the funding-file moves work as they do for
 * the first step, and having reached the second step means the first one was trained.
 */
export const STEPS = ['first', 'second'] as const
export type Step = (typeof STEPS)[number]

export interface StepCampaign {
  id: string
  step?: string | null
  region?: string | null
  startDate: string
  endDate?: string | null
}

const time = (value: string | null | undefined): number => (value ? Date.parse(value) : Number.NaN)

/** Not over: no end, or an end today or later (a campaign that has not started yet already takes leads). */
export const isOpen = (c: StepCampaign, now: Date): boolean => !c.endDate || time(c.endDate) >= now.getTime()

/**
 * The second-step campaign a structure's lead goes to, among its federation's campaigns: an open one, of the
 * structure's region first (a federation may cover several), then the one running since the latest date, then the
 * one starting soonest. Undefined when the federation has none open: the lead waits.
 */
export function secondStepCampaignFor(campaigns: readonly StepCampaign[], region: string | null | undefined, now: Date): StepCampaign | undefined {
  const open = campaigns.filter((c) => c.step === 'second' && isOpen(c, now))
  const started = (c: StepCampaign) => time(c.startDate) <= now.getTime()
  const rank = (c: StepCampaign): [number, number, number] => [
    region && c.region === region ? 0 : 1,
    started(c) ? 0 : 1,
    started(c) ? -time(c.startDate) : time(c.startDate),
  ]
  const before = (a: StepCampaign, b: StepCampaign): boolean => {
    const [x, y] = [rank(a), rank(b)]
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i]
    return a.id < b.id
  }
  return open.reduce<StepCampaign | undefined>((best, c) => (!best || before(c, best) ? c : best), undefined)
}

export type LeadDecision =
  /** Not a « yes »: counted as before, nothing else. */
  | { kind: 'no-lead' }
  /** Already a lead (an earlier answer, another director): one lead per structure. */
  | { kind: 'already-lead' }
  /** No open second-step campaign in the federation: the lead is taken when one is created. */
  | { kind: 'waiting' }
  | { kind: 'lead'; campaignId: string }

/** What an answer to the offer does for its structure. */
export function leadDecision(
  answer: string | null | undefined,
  structure: { contactStep?: string | null; region?: string | null },
  campaigns: readonly StepCampaign[],
  now: Date,
): LeadDecision {
  if (answer !== 'interested') return { kind: 'no-lead' }
  if (structure.contactStep === 'second') return { kind: 'already-lead' }
  const campaign = secondStepCampaignFor(campaigns, structure.region, now)
  return campaign ? { kind: 'lead', campaignId: campaign.id } : { kind: 'waiting' }
}
