import { describe, it, expect } from '@jest/globals'
import {
  DEFAULT_WORKFLOW_CONFIG,
  lastDayToFile,
  leadTimeDays,
  normaliseOpco,
  type WorkflowConfig,
} from '../../../src/workflow'
import { D, at } from './fixtures'

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
