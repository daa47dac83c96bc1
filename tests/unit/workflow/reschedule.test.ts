/** approved/self_funded/convened: reschedule (guard ≤ 3 months, same year, within validUntil, else → draft). */
import { describe, it, expect } from '@jest/globals'
import { reschedule, SESSION_PREP_TIMERS } from '../../../src/workflow'
import { RC, SA, SYS, TR, at, file, ko, notified, ok, scheduled } from './fixtures'

const NOW = at('2026-02-05T10:00:00.000Z')
const VALID_UNTIL = at('2026-06-30T00:00:00.000Z')
const NEW_START = at('2026-04-13T08:00:00.000Z')
const NEW_END = at('2026-04-15T16:00:00.000Z')

describe('reschedule within the APC rules', () => {
  it('approved: tells TR, cancels old T4–T12 and recomputes T4–T8 on the new dates', () => {
    const approved = file({
      status: 'approved',
      agreedAmount: 4800,
      validUntil: VALID_UNTIL,
      timerSeq: { T4: 1, T5: 1, T6: 2, T7: 1, T8: 1 },
    })
    const r = ok(reschedule(approved, NEW_START, NEW_END, SA, NOW))
    expect(r.to).toBe('approved')
    expect(r.backToDraft).toBe(false)
    expect(notified(r.plan)).toEqual(['file.rescheduled->facilitators'])
    expect(r.plan.notify[0]?.data).toEqual({
      sessionStart: '2026-04-13T08:00:00.000Z',
      sessionEnd: '2026-04-15T16:00:00.000Z',
      previousStart: '2026-03-02T08:00:00.000Z',
      previousSlots: (approved.slots ?? []).map((s) => `${s.start.toISOString()}/${s.end.toISOString()}`),
      backToDraft: false,
    })
    expect(r.plan.cancel).toEqual([...SESSION_PREP_TIMERS])
    expect(r.plan.cancel).toEqual(['T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'])
    expect(scheduled(r.plan)).toEqual([
      'T4#1@2026-04-03T08:00:00.000Z',
      'T5#1@2026-03-30T08:00:00.000Z',
      'T6#2@2026-04-03T08:00:00.000Z',
      'T6#3@2026-04-08T08:00:00.000Z',
      'T7#1@2026-04-06T08:00:00.000Z',
      'T8#1@2026-06-15T00:00:00.000Z',
    ])
    expect(r.patch).toMatchObject({ status: 'approved', sessionStart: NEW_START, sessionEnd: NEW_END })
  })

  it('convened: modification notice to participants (with a new .ics) and TR; recomputes T4, T6–T8, T11, T12, not T5', () => {
    const convened = file({ status: 'convened', validUntil: VALID_UNTIL })
    const r = ok(reschedule(convened, NEW_START, NEW_END, RC, NOW))
    expect(r.patch.slots?.map((s) => s.start.toISOString())).toEqual([
      '2026-04-13T08:00:00.000Z',
      '2026-04-13T12:30:00.000Z',
      '2026-04-14T08:00:00.000Z',
      '2026-04-14T12:30:00.000Z',
      '2026-04-15T08:00:00.000Z',
      '2026-04-15T12:30:00.000Z',
    ])
    expect(notified(r.plan)).toEqual(['file.rescheduled->participants+facilitators'])
    expect(r.plan.notify[0]).toMatchObject({ perParticipant: true, attach: ['ics'] })
    expect(scheduled(r.plan)).toEqual([
      'T4#0@2026-04-03T08:00:00.000Z',
      'T6#0@2026-04-03T08:00:00.000Z',
      'T6#1@2026-04-08T08:00:00.000Z',
      'T7#0@2026-04-06T08:00:00.000Z',
      'T8#0@2026-06-15T00:00:00.000Z',
      'T11#0@2026-04-12T08:00:00.000Z',
      'T12#0@2026-04-11T08:00:00.000Z',
      'session_start#0@2026-04-13T08:00:00.000Z',
    ])
  })

  it('self_funded answers to no APC: a 5-month postponement stays self_funded', () => {
    const r = ok(
      reschedule(
        file({ status: 'self_funded', selfFunded: true }),
        at('2026-08-03T08:00:00Z'),
        at('2026-08-05T16:00:00Z'),
        SA,
        NOW,
      ),
    )
    expect(r.to).toBe('self_funded')
    expect(scheduled(r.plan).map((s) => s.split('@')[0])).toEqual(['T4#0', 'T5#0', 'T6#0', 'T6#1', 'T7#0'])
  })
})

describe('reschedule outside the APC rules → back to draft', () => {
  const approved = file({ status: 'approved', agreedAmount: 4800, validUntil: VALID_UNTIL })

  it('more than 3 months later: draft, SA and RC told why, old T4–T12 cancelled, T0, T1 and expiry armed on the new dates', () => {
    const start = at('2026-06-10T08:00:00.000Z')
    const r = ok(reschedule(approved, start, at('2026-06-12T16:00:00.000Z'), SA, NOW))
    expect(r.to).toBe('draft')
    expect(r.backToDraft).toBe(true)
    expect(r.reason?.fr).toContain('3 mois')
    expect(r.reason?.en).toContain('3 months')
    expect(notified(r.plan)).toEqual([
      'file.rescheduled->facilitators',
      'file.rescheduled->structure-admins+coordinators',
    ])
    expect(r.plan.cancel).toEqual(['T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'])
    expect(scheduled(r.plan)).toEqual([
      'T0#0@2026-02-12T10:00:00.000Z',
      'T1#0@2026-04-26T08:00:00.000Z',
      'T1#1@2026-05-06T08:00:00.000Z',
      'T1#2@2026-05-10T08:00:00.000Z',
      'T1#3@2026-05-11T08:00:00.000Z',
      'expiry#0@2026-06-10T08:00:00.000Z',
    ])
    expect(r.patch).toMatchObject({ status: 'draft', sessionStart: start })
  })

  it('beyond the APC validity', () => {
    const r = ok(reschedule(approved, at('2026-05-28T08:00:00Z'), at('2026-07-01T16:00:00Z'), SA, NOW, { slots: [] }))
    expect(r.to).toBe('draft')
    expect(r.reason?.en).toContain('only valid until Tuesday, 30 June 2026')
  })

  it('into the next calendar year, even within 3 months', () => {
    const late = file({
      status: 'approved',
      sessionStart: at('2026-11-30T08:00:00Z'),
      sessionEnd: at('2026-12-02T16:00:00Z'),
      slots: [],
    })
    const r = ok(reschedule(late, at('2027-01-11T08:00:00Z'), at('2027-01-13T16:00:00Z'), RC, NOW))
    expect(r.to).toBe('draft')
    expect(r.reason?.fr).toContain('en 2026')
  })
})

describe('reschedule refusals', () => {
  it('only approved, self-funded or convened files', () => {
    const r = ko(reschedule(file({ status: 'submitted' }), NEW_START, NEW_END, SA, NOW))
    expect(r.code).toBe('illegal')
    expect(r.allowed).toEqual(['info_requested', 'approved', 'partially_approved', 'refused', 'cancelled'])
    expect(ko(reschedule(file({ status: 'in_progress' }), NEW_START, NEW_END, SA, NOW)).code).toBe('illegal')
  })

  it('only SA or RC', () => {
    expect(ko(reschedule(file({ status: 'approved' }), NEW_START, NEW_END, TR, NOW)).code).toBe('forbidden')
    expect(ko(reschedule(file({ status: 'approved' }), NEW_START, NEW_END, SYS, NOW)).code).toBe('forbidden')
  })

  it('a session that changes length needs its new slots', () => {
    const r = ko(reschedule(file({ status: 'approved' }), NEW_START, at('2026-04-14T16:00:00.000Z'), SA, NOW))
    expect(r.code).toBe('invalid_input')
    expect(r.message.en).toContain('enter the new slots')
    const slots = [{ start: NEW_START, end: at('2026-04-13T16:00:00.000Z') }]
    expect(
      ok(reschedule(file({ status: 'approved' }), NEW_START, at('2026-04-14T16:00:00.000Z'), SA, NOW, { slots })).patch
        .slots,
    ).toEqual(slots)
  })

  it('dates must be coherent and ahead', () => {
    expect(ko(reschedule(file({ status: 'approved' }), NEW_END, NEW_START, SA, NOW)).code).toBe('invalid_input')
    const past = ko(
      reschedule(file({ status: 'approved' }), at('2026-02-01T08:00:00Z'), at('2026-02-03T08:00:00Z'), SA, NOW),
    )
    expect(past.code).toBe('invalid_input')
    expect(past.message.fr).toContain('déjà passée')
    expect(ko(reschedule(file({ status: 'approved' }), new Date(Number.NaN), NEW_END, SA, NOW)).code).toBe(
      'invalid_input',
    )
  })
})
