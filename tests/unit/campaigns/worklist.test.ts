import { describe, expect, it } from '@jest/globals'
import { campaignForRegion, dueForNudge, lastTouch, nudgeGroups, type WorklistEntry } from '../../../src/campaigns/worklist'

const DAY = 24 * 3600 * 1000
const now = new Date('2027-03-01T08:00:00.000Z')
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY).toISOString()
const entry = (over: Partial<WorklistEntry> = {}): WorklistEntry => ({
  id: 's1',
  name: 'CHRS Alpha',
  facilitatorId: 'f1',
  region: 'paca',
  contactStatus: 'to-approach',
  contactStatusChangedAt: daysAgo(40),
  createdAt: daysAgo(40),
  ...over,
})

describe('30-day nudge', () => {
  it('counts the latest of a status change and a noted contact as the last touch', () => {
    expect(lastTouch(entry({ lastContactAt: daysAgo(5) }))).toBe(Date.parse(daysAgo(5)))
    expect(lastTouch(entry({ contactStatusChangedAt: null, createdAt: daysAgo(3) }))).toBe(Date.parse(daysAgo(3)))
  })

  it('is due for structures untouched 30 days, assigned, to approach or presented, not nudged since', () => {
    expect(dueForNudge(entry(), now)).toBe(true)
    expect(dueForNudge(entry({ contactStatusChangedAt: daysAgo(30), createdAt: daysAgo(30) }), now)).toBe(true)
    expect(dueForNudge(entry({ contactStatusChangedAt: daysAgo(29), createdAt: daysAgo(29) }), now)).toBe(false)
    expect(dueForNudge(entry({ lastContactAt: daysAgo(10) }), now)).toBe(false)
    expect(dueForNudge(entry({ facilitatorId: undefined }), now)).toBe(false)
    expect(dueForNudge(entry({ contactStatus: 'engaged' }), now)).toBe(false)
    expect(dueForNudge(entry({ contactStatus: 'presented' }), now)).toBe(true)
    // Once per stale period: nudged after the last touch means done, until somebody touches it again.
    expect(dueForNudge(entry({ worklistNudgedAt: daysAgo(5) }), now)).toBe(false)
    expect(dueForNudge(entry({ worklistNudgedAt: daysAgo(45) }), now)).toBe(true)
  })

  it('groups per facilitator and region, names sorted, with a key stable for the same stale period', () => {
    const entries = [entry({ id: 's2', name: 'CADA Zeta' }), entry(), entry({ id: 's3', facilitatorId: 'f2' }), entry({ id: 's4', contactStatusChangedAt: daysAgo(1), createdAt: daysAgo(1) })]
    const groups = nudgeGroups(entries, now)
    expect(groups.map((g) => [g.facilitatorId, g.entries.map((e) => e.name), g.untouchedDays])).toEqual([
      ['f1', ['CADA Zeta', 'CHRS Alpha'], 40],
      ['f2', ['CHRS Alpha'], 40],
    ])
    expect(nudgeGroups([...entries].reverse(), new Date(now.getTime() + DAY))[0].idempotencyKey).toBe(groups[0].idempotencyKey)
    const touched = nudgeGroups([entry({ id: 's2', name: 'CADA Zeta', contactStatusChangedAt: daysAgo(35) }), entry()], now)
    expect(touched[0].idempotencyKey).not.toBe(groups[0].idempotencyKey)
    expect(groups[0].idempotencyKey).toMatch(/^campaign\.worklist_nudge-f1-[0-9a-f]{16}$/)
  })

  it('names the running campaign of the region, else the latest one', () => {
    const campaigns = [
      { id: 'a', title: 'Pilote', region: 'paca', startDate: '2026-01-01', endDate: '2026-06-30' },
      { id: 'b', title: 'Régional', region: 'paca', startDate: '2027-01-01' },
      { id: 'c', title: 'Futur', region: 'paca', startDate: '2028-01-01' },
      { id: 'd', title: 'Corse', region: 'corse', startDate: '2026-01-01', endDate: '2026-02-01' },
    ]
    expect(campaignForRegion(campaigns, 'paca', now)?.title).toBe('Régional')
    expect(campaignForRegion(campaigns, 'corse', now)?.title).toBe('Corse')
    expect(campaignForRegion(campaigns, 'bretagne', now)).toBeUndefined()
  })
})
