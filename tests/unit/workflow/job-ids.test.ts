import { describe, it, expect } from '@jest/globals'
import { TIMER_NAMES, parseTimerJobId, timerJobId, timerJobIdsOf } from '../../../src/workflow'

describe('timerJobId', () => {
  it('is ff-<fileId>-<timer>-<n>', () => {
    expect(timerJobId('665f1c2e9b1d8a0012345678', 'T2', 0)).toBe('ff-665f1c2e9b1d8a0012345678-T2-0')
    expect(timerJobId('42', 'T20a', 3)).toBe('ff-42-T20a-3')
    expect(timerJobId('42', 'session_start', 0)).toBe('ff-42-session_start-0')
  })

  it('never contains ":" (BullMQ refuses it) and keeps distinct file ids distinct', () => {
    const a = timerJobId('tenant:7', 'T1', 1)
    const b = timerJobId('tenant_7', 'T1', 1)
    expect(a).not.toContain(':')
    expect(a).not.toBe(b)
    for (const timer of TIMER_NAMES) expect(timerJobId('a:b:c', timer, 12)).not.toMatch(/:/)
  })

  it('is never all digits', () => {
    expect(timerJobId('1', 'T1', 1)).not.toMatch(/^\d+$/)
  })

  it('refuses a bad occurrence or an empty file id', () => {
    expect(() => timerJobId('f', 'T1', -1)).toThrow(RangeError)
    expect(() => timerJobId('f', 'T1', 1.5)).toThrow(RangeError)
    expect(() => timerJobId('', 'T1', 0)).toThrow(RangeError)
  })

  it('parses back, including file ids with dashes or colons', () => {
    for (const fileId of ['42', 'a-b-c', '0b7e-4c1d-9f2a', 'tenant:7/x']) {
      for (const timer of ['T0', 'T20a', 'session_end'] as const) {
        expect(parseTimerJobId(timerJobId(fileId, timer, 7))).toEqual({ fileId, timer, n: 7 })
      }
    }
    expect(parseTimerJobId('evt-123')).toBeUndefined()
    expect(parseTimerJobId('ff-42-T99-1')).toBeUndefined()
  })
})

describe('timerJobIdsOf', () => {
  it('lists every id a file may hold for the cancelled timers, from its sequence', () => {
    expect(timerJobIdsOf('f1', ['T2', 'T3', 'T5'], { T2: 3, T3: 1 })).toEqual([
      'ff-f1-T2-0',
      'ff-f1-T2-1',
      'ff-f1-T2-2',
      'ff-f1-T3-0',
    ])
    expect(timerJobIdsOf('f1', ['T2'], undefined)).toEqual([])
  })
})
