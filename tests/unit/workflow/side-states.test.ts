/** Rows any pre-in_progress→cancelled and draft/ready/submitted/info_requested/approved→expired. */
import { describe, it, expect } from '@jest/globals'
import { TIMER_NAMES, transition, type FileState } from '../../../src/workflow'
import { D, RC, SA, SYS, TR, at, file, ko, notified, ok } from './fixtures'

const NOW = at('2026-02-05T10:00:00.000Z')
const PRE_SESSION: FileState[] = [
  'draft',
  'ready',
  'submitted',
  'info_requested',
  'approved',
  'partially_approved',
  'refused',
  'self_funded',
  'convened',
]

describe('any pre-in_progress → cancelled (SA or RC)', () => {
  it.each(PRE_SESSION)('from %s: tells P, TR, ERIC and SA, cancels every timer', (status) => {
    const r = ok(transition(file({ status }), 'cancelled', SA, NOW, { reason: 'Structure fermée' }))
    expect(notified(r.plan)).toEqual([
      'file.cancelled->participants+facilitators+eric',
      'file.cancelled->structure-admins',
    ])
    expect(r.plan.cancel).toEqual([...TIMER_NAMES])
    expect(r.plan.schedule).toEqual([])
    expect(r.plan.notify[0]?.data).toEqual({ reason: 'Structure fermée' })
  })

  it('asks SA to inform the OPCO in writing only once the DPC was filed', () => {
    const drafted = ok(transition(file({ status: 'ready' }), 'cancelled', RC, NOW))
    expect(drafted.plan.notify[1]?.data).toEqual({ reason: null, informOpcoInWriting: false })
    const filed = ok(transition(file({ status: 'submitted' }), 'cancelled', RC, NOW))
    expect(filed.plan.notify[1]?.data).toEqual({ reason: null, informOpcoInWriting: true })
  })

  it.each([
    'in_progress',
    'delivered',
    'evidence_ready',
    'follow_up',
    'reported',
    'closed',
    'cancelled',
    'expired',
  ] as const)('is illegal from %s', (status) => {
    expect(ko(transition(file({ status }), 'cancelled', RC, NOW)).code).toBe('illegal')
  })

  it('is not for facilitators or the system', () => {
    expect(ko(transition(file({ status: 'approved' }), 'cancelled', TR, NOW)).code).toBe('forbidden')
    expect(ko(transition(file({ status: 'approved' }), 'cancelled', SYS, NOW)).code).toBe('forbidden')
  })
})

describe('→ expired (SYS at D without approval, or APC validity passed before delivery)', () => {
  it.each(['draft', 'ready', 'submitted', 'info_requested'] as const)(
    'from %s at D: offers a clone to SA and RC, cancels every timer',
    (status) => {
      const r = ok(transition(file({ status }), 'expired', SYS, D))
      expect(notified(r.plan)).toEqual(['file.expired->structure-admins+coordinators'])
      expect(r.plan.notify[0]?.data).toEqual({ offerClone: true, sessionStart: '2026-03-02T08:00:00.000Z' })
      expect(r.plan.cancel).toEqual([...TIMER_NAMES])
    },
  )

  it('does not expire a file before D', () => {
    const r = ko(transition(file({ status: 'submitted' }), 'expired', SYS, at('2026-03-02T07:59:59.000Z')))
    expect(r.code).toBe('guard')
    expect(r.message.en).toContain('session start date has not been reached')
  })

  it('expires an approved file once its last valid day is over, not at D', () => {
    const approved = file({ status: 'approved', validUntil: at('2026-03-10T00:00:00.000Z') })
    expect(ko(transition(approved, 'expired', SYS, D)).code).toBe('guard')
    expect(ko(transition(approved, 'expired', SYS, at('2026-03-10T23:00:00.000Z'))).code).toBe('guard')
    expect(transition(approved, 'expired', SYS, at('2026-03-11T00:00:00.000Z')).ok).toBe(true)
  })

  it.each(['partially_approved', 'refused', 'self_funded', 'convened', 'in_progress'] as const)(
    'is illegal from %s',
    (status) => {
      expect(ko(transition(file({ status }), 'expired', SYS, at('2026-12-31T00:00:00.000Z'))).code).toBe('illegal')
    },
  )

  it('is the system’s move only', () => {
    expect(ko(transition(file({ status: 'draft' }), 'expired', RC, D)).code).toBe('forbidden')
  })
})
