import { describe, expect, it } from '@jest/globals'
import { RISKS } from '../../../src/reports/dashboard/at-risk'
import { countBy, monthOf } from '../../../src/reports/dashboard/count-by'
import { firstSlotStart } from '../../../src/sessions/first-slot'
import { parseDashboardFilters, periodBounds } from '../../../src/reports/dashboard/filters'
import { listLink, whereOfLink } from '../../../src/reports/dashboard/links'

const now = new Date('2026-11-28T10:00:00.000Z')
const days = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString()

describe('files at risk', () => {
  it('flags a draft or ready file whose filing deadline is 14 days away or less, not one further or already filed', () => {
    expect(RISKS.deadlineNear.applies({ status: 'draft', deadline: days(14) }, now)).toBe(true)
    expect(RISKS.deadlineNear.applies({ status: 'ready', deadline: days(-1) }, now)).toBe(true)
    expect(RISKS.deadlineNear.applies({ status: 'draft', deadline: days(15) }, now)).toBe(false)
    expect(RISKS.deadlineNear.applies({ status: 'submitted', deadline: days(2) }, now)).toBe(false)
    expect(RISKS.deadlineNear.applies({ status: 'draft', deadline: null }, now)).toBe(false)
  })

  it('flags a file filed 21 days ago or more with no answer', () => {
    expect(RISKS.opcoSilent.applies({ status: 'submitted', submittedAt: days(-21) }, now)).toBe(true)
    expect(RISKS.opcoSilent.applies({ status: 'submitted', submittedAt: days(-20) }, now)).toBe(false)
    expect(RISKS.opcoSilent.applies({ status: 'info_requested', submittedAt: days(-40) }, now)).toBe(false)
  })

  it('flags a delivered session whose sheets are not all signed and countersigned', () => {
    expect(RISKS.unsignedSheets.applies({ status: 'delivered', evidence: { sheetsSigned: true, sheetsCountersigned: true } }, now)).toBe(false)
    expect(RISKS.unsignedSheets.applies({ status: 'delivered', evidence: { sheetsSigned: true, sheetsCountersigned: null } }, now)).toBe(true)
    expect(RISKS.unsignedSheets.applies({ status: 'delivered' }, now)).toBe(true)
    expect(RISKS.unsignedSheets.applies({ status: 'evidence_ready' }, now)).toBe(false)
  })
})

describe('dashboard helpers', () => {
  it('counts by key in the given order, dropping zeros, unknown keys last', () => {
    expect([...countBy(['b', 'x', 'b', 'a'], (v) => v, ['a', 'b', 'c'])]).toEqual([
      ['a', 1],
      ['b', 2],
      ['x', 1],
    ])
  })

  it('reads months in Paris time and the first half-day of a session', () => {
    expect(monthOf('2026-11-30T23:30:00.000Z')).toBe('2026-12')
    expect(monthOf('2026-11-30T22:30:00.000Z')).toBe('2026-11')
    expect(firstSlotStart([{ start: '2027-01-05T08:00:00.000Z' }, { start: '2027-01-04T08:00:00.000Z' }])).toBe('2027-01-04T08:00:00.000Z')
    expect(firstSlotStart([])).toBeUndefined()
  })

  it('takes the period as whole days and refuses impossible dates', () => {
    const parsed = parseDashboardFilters({ from: '2026-01-01', to: '2026-01-31', region: 'paca', campaign: ' ' })
    expect(parsed).toEqual({ ok: true, filters: { from: '2026-01-01', to: '2026-01-31', region: 'paca' } })
    if (parsed.ok) expect(periodBounds(parsed.filters).to?.toISOString()).toBe('2026-01-31T23:59:59.999Z')
    expect(parseDashboardFilters({ to: '31/01/2026' }).ok).toBe(false)
  })

  it('writes links the admin reads back to the same conditions, nested "and"s spread', () => {
    const link = listLink('/admin', 'funding-files', [{ status: { equals: 'draft' } }, { and: [{ opco: { equals: 'autre' } }, { or: [{ deadline: { exists: false } }] }] }])
    expect(link.startsWith('/admin/collections/funding-files?where[and][0][status][equals]=draft')).toBe(true)
    expect(whereOfLink(link)).toEqual({ and: [{ status: { equals: 'draft' } }, { opco: { equals: 'autre' } }, { or: [{ deadline: { exists: 'false' } }] }] })
  })
})
