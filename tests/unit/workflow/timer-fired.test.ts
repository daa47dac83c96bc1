/** onTimerFired: noop once the file moved on, notifications, follow-ups, and moves through the same transition. */
import { describe, it, expect } from '@jest/globals'
import { createFile, onTimerFired, transition, type TimerPlan } from '../../../src/workflow'
import { COMPLETE_CHECKLIST, D, E, RC, SA, SYS, at, file, ok, scheduled } from './fixtures'

const plan = (timer: TimerPlan['timer'], action: TimerPlan['action'], extra: Partial<TimerPlan> = {}): TimerPlan => ({
  timer,
  n: 0,
  at: at('2026-02-01T00:00:00.000Z'),
  action,
  ...extra,
})

describe('noop when the file has moved on', () => {
  const t2 = plan('T2', { type: 'notify', kind: 'file.opco_silent', to: ['structure-admins'] })

  it('T2 reminds while submitted, does nothing once approved or cancelled', () => {
    expect(onTimerFired(file({ status: 'submitted' }), t2, at('2026-02-03T10:00:00Z'))).toEqual({
      type: 'notify',
      notify: [{ kind: 'file.opco_silent', to: ['structure-admins'], whileIn: { states: ['submitted'] } }],
      schedule: [],
      patch: {},
      tasks: [],
    })
    for (const status of ['info_requested', 'approved', 'cancelled'] as const) {
      const r = onTimerFired(file({ status }), t2, at('2026-02-03T10:00:00Z'))
      expect(r).toEqual({ type: 'noop', reason: `T2 does not act on a file in state ${status}` })
    }
  })

  it('every timer a transition armed is a noop once the file is cancelled', () => {
    const approved = ok(
      transition(file({ status: 'submitted' }), 'approved', SA, at('2026-02-05T10:00:00Z'), {
        agreedAmount: 4800,
        validUntil: at('2026-06-30T00:00:00Z'),
      }),
    )
    const cancelled = file({ status: 'cancelled' })
    for (const t of approved.plan.schedule) expect(onTimerFired(cancelled, t, t.at).type).toBe('noop')
  })

  it('billing timers check the billing status too', () => {
    const t17 = plan('T17', { type: 'notify', kind: 'billing.invoice_reminder', to: ['coordinators'] })
    expect(onTimerFired(file({ status: 'evidence_ready', billingStatus: 'to_invoice' }), t17, E).type).toBe('notify')
    expect(onTimerFired(file({ status: 'evidence_ready', billingStatus: 'invoiced' }), t17, E)).toEqual({
      type: 'noop',
      reason: 'T17 does not act on billing status invoiced',
    })
  })
})

describe('per-participant notifications', () => {
  it('carry the per-participant flag and the targeted participant', () => {
    const t6 = plan(
      'T6',
      { type: 'notify', kind: 'survey.positioning', to: ['participants'] },
      { perParticipant: true },
    )
    const r = onTimerFired(file({ status: 'convened' }), t6, D)
    expect(r).toMatchObject({ type: 'notify', notify: [{ kind: 'survey.positioning', perParticipant: true }] })
    const one = plan(
      'T6',
      { type: 'notify', kind: 'survey.positioning', to: ['participants'] },
      { participantId: 'p-9' },
    )
    expect(onTimerFired(file({ status: 'approved' }), one, D)).toMatchObject({ notify: [{ participantId: 'p-9' }] })
  })
})

describe('timers that move the file', () => {
  it('T5 moves approved → convened from D−14, and is a noop before (guard) or once convened', () => {
    const t5 = plan('T5', { type: 'transition', to: 'convened' })
    expect(onTimerFired(file({ status: 'approved' }), t5, at('2026-02-16T08:00:00Z'))).toEqual({
      type: 'transition',
      to: 'convened',
    })
    const early = onTimerFired(file({ status: 'approved' }), t5, at('2026-02-10T08:00:00Z'))
    expect(early.type).toBe('noop')
    expect(early.type === 'noop' && early.reason).toContain('Convocations go out on Monday, 16 February 2026')
    expect(onTimerFired(file({ status: 'convened' }), t5, at('2026-02-16T08:00:00Z')).type).toBe('noop')
  })

  it('the session-start clock of old dates is a noop after a reschedule to later dates', () => {
    const clock = plan('session_start', { type: 'transition', to: 'in_progress' })
    const moved = file({
      status: 'convened',
      sessionStart: at('2026-04-13T08:00:00Z'),
      slots: [{ start: at('2026-04-13T08:00:00Z'), end: at('2026-04-13T16:00:00Z') }],
    })
    expect(onTimerFired(moved, clock, D).type).toBe('noop')
    expect(onTimerFired(file({ status: 'convened' }), clock, D)).toEqual({ type: 'transition', to: 'in_progress' })
  })

  it('session end → delivered; expiry at D → expired, but not for a file approved meanwhile', () => {
    expect(
      onTimerFired(file({ status: 'in_progress' }), plan('session_end', { type: 'transition', to: 'delivered' }), E),
    ).toEqual({ type: 'transition', to: 'delivered' })
    const expiry = plan('expiry', { type: 'transition', to: 'expired' })
    expect(onTimerFired(file({ status: 'submitted' }), expiry, D)).toEqual({ type: 'transition', to: 'expired' })
    expect(onTimerFired(file({ status: 'approved', validUntil: at('2026-06-30T00:00:00Z') }), expiry, D).type).toBe(
      'noop',
    )
  })

  it('T20 close → reported', () => {
    expect(
      onTimerFired(
        file({ status: 'follow_up' }),
        plan('T20', { type: 'transition', to: 'reported' }),
        at('2026-05-24T16:00:00Z'),
      ),
    ).toEqual({ type: 'transition', to: 'reported' })
  })
})

describe('T20a at E+60 d', () => {
  const t20a = plan('T20a', { type: 'transition', to: 'follow_up' })
  const E60 = at('2026-05-03T16:00:00.000Z')
  const T20A_REASON = { states: ['delivered', 'evidence_ready'] }

  it('evidence_ready → follow_up', () => {
    expect(onTimerFired(file({ status: 'evidence_ready' }), t20a, E60)).toEqual({ type: 'transition', to: 'follow_up' })
  })

  it('still delivered: the cold survey goes out anyway and RC is alerted; the send is recorded', () => {
    expect(onTimerFired(file({ status: 'delivered' }), t20a, E60)).toEqual({
      type: 'notify',
      notify: [
        { kind: 'survey.cold', to: ['participants'], perParticipant: true, whileIn: T20A_REASON },
        { kind: 'survey.cold_director', to: ['director'], data: { secondTrainingOffer: true }, whileIn: T20A_REASON },
        { kind: 'survey.cold_late_alert', to: ['coordinators'], whileIn: T20A_REASON },
      ],
      schedule: [],
      patch: { coldSurveySentAt: E60 },
      tasks: [],
    })
    expect(onTimerFired(file({ status: 'delivered', coldSurveySentAt: E60 }), t20a, E60).type).toBe('noop')
  })
})

describe('T0 completeness nudge', () => {
  const t0 = plan('T0', { type: 'notify', kind: 'file.missing_items', to: ['structure-admins'] }, { n: 0 })
  const NOW = at('2026-01-12T09:00:00.000Z')

  it('lists what is missing and chains the next occurrence 7 d later with a new number', () => {
    const draft = file({
      status: 'draft',
      checklist: { ...COMPLETE_CHECKLIST, devisSigned: false },
      timerSeq: { T0: 1 },
    })
    const r = onTimerFired(draft, t0, NOW)
    expect(r.type).toBe('notify')
    if (r.type !== 'notify') return
    expect(r.notify).toEqual([
      { kind: 'file.missing_items', to: ['structure-admins'], data: { missingItems: ['devisSigned'] }, whileIn: { states: ['draft'] } },
    ])
    expect(scheduled(r)).toEqual(['T0#1@2026-01-19T09:00:00.000Z'])
    expect(r.patch).toEqual({ timerSeq: { T0: 2 } })
  })

  it('never reuses the running occurrence’s number, even when the sequence was not saved', () => {
    const r = onTimerFired(file({ status: 'draft', checklist: undefined }), { ...t0, n: 4 }, NOW)
    expect(r.type === 'notify' && scheduled(r)).toEqual(['T0#5@2026-01-19T09:00:00.000Z'])
  })

  it('stops chaining at D', () => {
    const r = onTimerFired(file({ status: 'draft', checklist: undefined }), t0, at('2026-02-26T09:00:00.000Z'))
    expect(r.type === 'notify' && r.schedule).toEqual([])
  })
})

describe('checks and tasks', () => {
  it('T4 locks the list and warns SA and RC about missing roles', () => {
    const t4 = plan('T4', { type: 'check', check: 'role_mix' })
    expect(onTimerFired(file({ status: 'approved', missingRoles: ['direction', 'technique'] }), t4, D)).toEqual({
      type: 'notify',
      notify: [
        {
          kind: 'session.role_mix_check',
          to: ['structure-admins', 'coordinators'],
          data: { missingRoles: ['direction', 'technique'] },
          whileIn: { states: ['approved', 'self_funded', 'convened'] },
        },
      ],
      schedule: [],
      patch: {},
      tasks: ['lock_participant_list'],
    })
    expect(onTimerFired(file({ status: 'approved', missingRoles: [] }), t4, D)).toMatchObject({
      notify: [],
      tasks: ['lock_participant_list'],
    })
  })

  it('T13: unsigned sheets to TR, absences to SA the same day, nothing when all is well', () => {
    const t13 = plan('T13', { type: 'check', check: 'attendance' }, { slotIndex: 1 })
    const f = (slotAttendance: ({ unsignedSheets: number; absentParticipants: number } | undefined)[]) =>
      file({ status: 'in_progress', slotAttendance })
    expect(onTimerFired(f([undefined, { unsignedSheets: 2, absentParticipants: 1 }]), t13, D)).toMatchObject({
      type: 'notify',
      notify: [
        { kind: 'attendance.unsigned', to: ['facilitators'], data: { slotIndex: 1, unsignedSheets: 2 } },
        { kind: 'attendance.absence', to: ['structure-admins'], data: { slotIndex: 1, absentParticipants: 1 } },
      ],
    })
    expect(onTimerFired(f([undefined, { unsignedSheets: 0, absentParticipants: 0 }]), t13, D).type).toBe('noop')
    expect(onTimerFired(f([]), t13, D)).toMatchObject({
      notify: [{ kind: 'attendance.unsigned', data: { unsignedSheets: null } }],
    })
    // The last slot's check still runs after the move to delivered.
    expect(onTimerFired(file({ status: 'delivered' }), t13, E).type).toBe('notify')
  })

  it('a billing action asks for the billing move unless already there', () => {
    const t = plan('T19', { type: 'billing', to: 'invoiced' })
    expect(onTimerFired(file({ status: 'evidence_ready', billingStatus: 'rejected' }), t, E)).toEqual({
      type: 'billing',
      to: 'invoiced',
    })
  })

  it('T14 close and T22 purge are tasks', () => {
    expect(
      onTimerFired(file({ status: 'delivered' }), plan('T14', { type: 'task', task: 'close_hot_survey' }), E),
    ).toEqual({ type: 'task', task: 'close_hot_survey' })
    expect(
      onTimerFired(file({ status: 'closed' }), plan('T22', { type: 'task', task: 'purge_personal_data' }), E),
    ).toEqual({ type: 'task', task: 'purge_personal_data' })
  })
})

describe('a file created and left alone', () => {
  it('its expiry clock at D moves it to expired, which cancels everything', () => {
    const created = ok(createFile(file(), RC, at('2026-01-05T09:00:00Z')))
    const clock = created.plan.schedule.find((t) => t.timer === 'expiry')
    expect(clock?.at).toEqual(D)
    if (clock === undefined) return
    const outcome = onTimerFired(file({ ...created.patch }), clock, D)
    expect(outcome).toEqual({ type: 'transition', to: 'expired' })
    expect(ok(transition(file({ ...created.patch }), 'expired', SYS, D)).plan.cancel).toContain('T1')
  })
})
