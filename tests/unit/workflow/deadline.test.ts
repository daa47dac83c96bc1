import { describe, it, expect } from '@jest/globals'
import {
  DEFAULT_WORKFLOW_CONFIG,
  createFile,
  lastDayToFile,
  leadTimeDays,
  normaliseOpco,
  ownLeadTimeDays,
  type WorkflowConfig,
} from '../../../src/workflow'
import { D, SA, at, file, ok, scheduled } from './fixtures'

const CONFIG: WorkflowConfig = {
  ...DEFAULT_WORKFLOW_CONFIG,
  leadTimeDaysByOpco: { 'OPCO Santé': 30, 'Uniformation – Cohésion sociale': 45, 'opco-ep': 10 },
}

describe('lastDayToFile (D − L per OPCO)', () => {
  it('uses the domain default of 30 days for both OPCOs of the sector and for unknown ones', () => {
    expect(lastDayToFile(D, 'OPCO Santé')).toEqual(at('2026-01-31T08:00:00.000Z'))
    expect(lastDayToFile(D, 'Uniformation-Cohésion sociale')).toEqual(at('2026-01-31T08:00:00.000Z'))
    expect(lastDayToFile(D, 'autre')).toEqual(at('2026-01-31T08:00:00.000Z'))
    expect(lastDayToFile(D, undefined)).toEqual(at('2026-01-31T08:00:00.000Z'))
  })

  it('follows the configured lead time of each OPCO, whatever the spelling', () => {
    expect(lastDayToFile(D, 'opco sante', CONFIG)).toEqual(at('2026-01-31T08:00:00.000Z'))
    expect(lastDayToFile(D, 'UNIFORMATION cohesion-sociale', CONFIG)).toEqual(at('2026-01-16T08:00:00.000Z'))
  })

  it('never goes below the 14-day hard floor', () => {
    expect(leadTimeDays('OPCO EP', CONFIG)).toBe(14)
    expect(lastDayToFile(D, 'OPCO EP', CONFIG)).toEqual(at('2026-02-16T08:00:00.000Z'))
  })

  it('normalises OPCO names', () => {
    expect(normaliseOpco('  OPCO Santé ')).toBe('opco-sante')
    expect(normaliseOpco('Uniformation – Cohésion sociale')).toBe('uniformation-cohesion-sociale')
  })
})

describe('a federation’s own lead time (its settings, carried by the file’s facts)', () => {
  const rows = [
    { opco: 'opco-sante', days: 45 },
    { opco: 'uniformation', days: 21 },
  ]

  it('is found for the file’s OPCO whatever the spelling, and absent for an OPCO it does not name', () => {
    expect(ownLeadTimeDays(rows, 'OPCO Santé')).toBe(45)
    expect(ownLeadTimeDays(rows, 'Uniformation')).toBe(21)
    expect(ownLeadTimeDays(rows, 'autre')).toBeUndefined()
    expect(ownLeadTimeDays(rows, undefined)).toBeUndefined()
    expect(ownLeadTimeDays(undefined, 'opco-sante')).toBeUndefined()
  })

  it('replaces the configured one, and still never goes below the hard floor', () => {
    expect(leadTimeDays('OPCO Santé', CONFIG, 45)).toBe(45)
    expect(lastDayToFile(D, 'OPCO Santé', CONFIG, 45)).toEqual(at('2026-01-16T08:00:00.000Z'))
    expect(leadTimeDays('OPCO Santé', CONFIG, 7)).toBe(14)
  })

  it('moves the reminders and the escalation with it: the deadline armed is the one checked', () => {
    const NOW = at('2026-01-05T09:00:00.000Z')
    const r = ok(createFile(file({ leadTimeDays: 40 }), SA, NOW))
    // D − 40 = 21 January: D−45 reminder, then D−L−1 and D−L; D−35 falls after the last day and is dropped.
    expect(scheduled(r.plan).filter((t) => t.startsWith('T1'))).toEqual([
      'T1#0@2026-01-16T08:00:00.000Z',
      'T1#1@2026-01-20T08:00:00.000Z',
      'T1#2@2026-01-21T08:00:00.000Z',
    ])
  })
})

describe('DEFAULT_WORKFLOW_CONFIG carries the domain §5 defaults', () => {
  it('lead time, floor, convocations, cold survey', () => {
    expect(DEFAULT_WORKFLOW_CONFIG).toMatchObject({
      defaultLeadTimeDays: 30,
      hardFloorLeadTimeDays: 14,
      convocationDaysBefore: 14,
      coldSurveyDaysAfter: 60,
      rescheduleMaxMonths: 3,
      retentionYears: 6,
      retentionYearsCoFunded: 10,
    })
  })
})
