import { describe, expect, it } from '@jest/globals'
import { leadDecision, secondStepCampaignFor, type StepCampaign } from '../../../src/campaigns/second-step'

const now = new Date('2027-03-01T08:00:00.000Z')
const campaign = (id: string, extra: Partial<StepCampaign> = {}): StepCampaign => ({ id, step: 'second', region: 'paca', startDate: '2027-01-01T00:00:00.000Z', ...extra })

describe('second-step campaign of a structure', () => {
  it('takes an open second-step campaign, of the structure’s region first, the latest started first', () => {
    const campaigns = [
      campaign('first', { step: 'first', startDate: '2027-02-01T00:00:00.000Z' }),
      campaign('ended', { startDate: '2027-02-01T00:00:00.000Z', endDate: '2027-02-28T00:00:00.000Z' }),
      campaign('older'),
      campaign('newer', { startDate: '2027-02-15T00:00:00.000Z' }),
      campaign('future', { startDate: '2027-06-01T00:00:00.000Z' }),
      campaign('corse', { region: 'corse', startDate: '2027-02-20T00:00:00.000Z' }),
    ]
    expect(secondStepCampaignFor(campaigns, 'paca', now)?.id).toBe('newer')
    expect(secondStepCampaignFor(campaigns, 'corse', now)?.id).toBe('corse')
    // No campaign of its region: another one of its federation.
    expect(secondStepCampaignFor(campaigns, 'reunion', now)?.id).toBe('corse')
    expect(secondStepCampaignFor([campaign('future', { startDate: '2027-06-01T00:00:00.000Z' })], 'paca', now)?.id).toBe('future')
    expect(secondStepCampaignFor([campaign('first', { step: 'first' })], 'paca', now)).toBeUndefined()
  })
})

describe('what an answer to the offer does', () => {
  const open = [campaign('c2')]
  it('makes a lead of « intéressé » only, once, and waits without an open campaign', () => {
    expect(leadDecision('interested', { region: 'paca' }, open, now)).toEqual({ kind: 'lead', campaignId: 'c2' })
    expect(leadDecision('later', { region: 'paca' }, open, now)).toEqual({ kind: 'no-lead' })
    expect(leadDecision('not-interested', { region: 'paca' }, open, now)).toEqual({ kind: 'no-lead' })
    expect(leadDecision(null, { region: 'paca' }, open, now)).toEqual({ kind: 'no-lead' })
    expect(leadDecision('interested', { region: 'paca', contactStep: 'second' }, open, now)).toEqual({ kind: 'already-lead' })
    expect(leadDecision('interested', { region: 'paca' }, [], now)).toEqual({ kind: 'waiting' })
  })
})
