/** Rows submitted→approved | partially_approved | refused, partially_approved→approved, refused/partial→draft, refused→self_funded. */
import { describe, it, expect } from '@jest/globals'
import { transition } from '../../../src/workflow'
import { ADMIN, RC, SA, SYS, TR, at, file, ko, notified, ok, scheduled } from './fixtures'

const NOW = at('2026-02-05T10:00:00.000Z')
const VALID_UNTIL = at('2026-06-30T00:00:00.000Z')
const submitted = file({ status: 'submitted', opcoRef: 'DPC-1', submittedAt: at('2026-01-20T10:00:00.000Z') })

const APPROVAL_TIMERS = [
  'T4#0@2026-02-20T08:00:00.000Z', // list lock & role mix, D−10
  'T5#0@2026-02-16T08:00:00.000Z', // convocations, D−14
  'T6#0@2026-02-20T08:00:00.000Z', // positioning survey, D−10
  'T6#1@2026-02-25T08:00:00.000Z', // relance, D−5
  'T7#0@2026-02-23T08:00:00.000Z', // trainer logistics, D−7
  'T8#0@2026-06-15T00:00:00.000Z', // APC validity watch, validUntil − 15 d
  'expiry#0@2026-07-01T00:00:00.000Z', // APC lapses after its last valid day
]

describe('submitted → approved (agreed ≥ requested)', () => {
  it('tells RC, TR, ERIC and the direction, arms T4–T8, cancels T2 and T3', () => {
    const r = ok(transition(submitted, 'approved', SA, NOW, { agreedAmount: 4800, validUntil: VALID_UNTIL }))
    expect(notified(r.plan)).toEqual(['file.approved->coordinators+facilitators+eric+director'])
    expect(scheduled(r.plan)).toEqual(APPROVAL_TIMERS)
    expect(r.plan.schedule.map((t) => t.action)).toEqual([
      { type: 'check', check: 'role_mix' },
      { type: 'transition', to: 'convened' },
      { type: 'notify', kind: 'survey.positioning', to: ['participants'] },
      { type: 'notify', kind: 'survey.positioning', to: ['participants'], data: { reminder: true } },
      { type: 'notify', kind: 'session.trainer_logistics', to: ['facilitators'] },
      {
        type: 'notify',
        kind: 'file.apc_validity',
        to: ['structure-admins', 'coordinators'],
        data: { validUntil: '2026-06-30T00:00:00.000Z' },
      },
      { type: 'transition', to: 'expired' },
    ])
    expect(r.plan.schedule.filter((t) => t.perParticipant === true).map((t) => t.timer)).toEqual(['T6', 'T6'])
    expect(r.plan.cancel).toEqual(['T2', 'T3'])
    expect(r.patch).toMatchObject({ status: 'approved', agreedAmount: 4800, validUntil: VALID_UNTIL, remainder: 0 })
  })

  it('sends convocations, list lock and positioning survey now when D−14 and D−10 are already past ("now if later")', () => {
    const late = at('2026-02-21T12:00:00.000Z')
    const r = ok(transition(submitted, 'approved', RC, late, { agreedAmount: 5000 }))
    expect(scheduled(r.plan)).toEqual([
      'T4#0@2026-02-21T12:00:00.000Z',
      'T5#0@2026-02-21T12:00:00.000Z',
      'T6#0@2026-02-21T12:00:00.000Z',
      'T6#1@2026-02-25T08:00:00.000Z',
      'T7#0@2026-02-23T08:00:00.000Z',
    ])
  })

  it('refuses an agreed amount below the request and points to the partial approval', () => {
    const r = ko(transition(submitted, 'approved', SA, NOW, { agreedAmount: 3000 }))
    expect(r.code).toBe('guard')
    expect(r.message.fr).toContain('accord partiel')
    expect(r.message.en).toContain('partial approval')
    expect(r.allowed).toEqual(['info_requested', 'approved', 'partially_approved', 'refused', 'cancelled'])
  })

  it('needs the agreed amount', () => {
    const r = ko(transition(submitted, 'approved', SA, NOW, {}))
    expect(r.code).toBe('invalid_input')
    expect(r.message.en).toContain('amount agreed')
    expect(ko(transition(submitted, 'approved', SA, NOW, { agreedAmount: -1 })).code).toBe('invalid_input')
  })

  it('is entered by SA or RC (and admin), never by the system or a facilitator', () => {
    expect(transition(submitted, 'approved', ADMIN, NOW, { agreedAmount: 4800 }).ok).toBe(true)
    expect(ko(transition(submitted, 'approved', SYS, NOW, { agreedAmount: 4800 })).code).toBe('forbidden')
    expect(ko(transition(submitted, 'approved', TR, NOW, { agreedAmount: 4800 })).code).toBe('forbidden')
  })
})

describe('submitted → partially_approved (agreed < requested)', () => {
  it('tells SA and RC the gap, arms T9 SA +3 d, RC +5 d and the D−14 proposal, cancels T2 and T3', () => {
    const r = ok(transition(submitted, 'partially_approved', SA, NOW, { agreedAmount: 3000, validUntil: VALID_UNTIL }))
    expect(notified(r.plan)).toEqual(['file.partially_approved->structure-admins+coordinators'])
    expect(r.plan.notify[0]?.data).toEqual({ requestedAmount: 4800, agreedAmount: 3000, remainder: 1800 })
    expect(scheduled(r.plan)).toEqual([
      'T9#0@2026-02-08T10:00:00.000Z',
      'T9#1@2026-02-10T10:00:00.000Z',
      'T9#2@2026-02-16T08:00:00.000Z',
    ])
    expect(
      r.plan.schedule.map((t) => (t.action.type === 'notify' ? `${t.action.kind}->${t.action.to.join('+')}` : '')),
    ).toEqual([
      'file.partial_decision_reminder->structure-admins',
      'file.partial_decision_reminder->coordinators',
      'file.postpone_or_cancel_proposal->structure-admins+coordinators',
    ])
    expect(r.plan.cancel).toEqual(['T2', 'T3'])
    expect(r.patch).toMatchObject({ status: 'partially_approved', agreedAmount: 3000, remainder: 1800 })
  })

  it('refuses a full amount and points to the approval', () => {
    const r = ko(transition(submitted, 'partially_approved', RC, NOW, { agreedAmount: 4800 }))
    expect(r.code).toBe('guard')
    expect(r.message.fr).toContain('enregistrez un accord')
    expect(r.message.en).toContain('record an approval')
  })
})

describe('partially_approved → approved (SA accepts the remainder)', () => {
  const partial = file({ status: 'partially_approved', agreedAmount: 3000, remainder: 1800, validUntil: VALID_UNTIL })

  it('sends the approval notice with the remainder, arms T4–T8 as approved, cancels T9', () => {
    const r = ok(transition(partial, 'approved', SA, NOW))
    expect(notified(r.plan)).toEqual(['file.approved->coordinators+facilitators+eric+director'])
    expect(r.plan.notify[0]?.data).toEqual({ agreedAmount: 3000, remainder: 1800 })
    expect(scheduled(r.plan)).toEqual(APPROVAL_TIMERS)
    expect(r.plan.cancel).toEqual(['T9'])
  })

  it('is the structure’s decision only', () => {
    expect(ko(transition(partial, 'approved', RC, NOW)).code).toBe('forbidden')
  })
})

describe('submitted → refused', () => {
  it('tells SA and RC with the options, arms T10 +7 d and the D−14 proposal, cancels T2 and T3', () => {
    const r = ok(transition(submitted, 'refused', SA, NOW, { refusalReason: 'Dossier hors délai' }))
    expect(notified(r.plan)).toEqual(['file.refused->structure-admins+coordinators'])
    expect(r.plan.notify[0]?.data).toEqual({ reason: 'Dossier hors délai', options: 'draft,self_funded,cancelled' })
    expect(scheduled(r.plan)).toEqual(['T10#0@2026-02-12T10:00:00.000Z', 'T10#1@2026-02-16T08:00:00.000Z'])
    expect(r.plan.schedule[0]?.action).toMatchObject({ kind: 'file.refusal_options_reminder' })
    expect(r.plan.schedule[1]?.action).toMatchObject({ kind: 'file.postpone_or_cancel_proposal' })
    expect(r.plan.cancel).toEqual(['T2', 'T3'])
    expect(r.patch).toMatchObject({ status: 'refused', refusalReason: 'Dossier hors délai' })
  })

  it('drops the D−14 proposal when D−14 is already past', () => {
    const r = ok(transition(submitted, 'refused', RC, at('2026-02-18T10:00:00.000Z'), { refusalReason: 'x' }))
    expect(scheduled(r.plan)).toEqual(['T10#0@2026-02-25T10:00:00.000Z'])
  })

  it('needs a reason', () => {
    const r = ko(transition(submitted, 'refused', SA, NOW, { refusalReason: '  ' }))
    expect(r.code).toBe('invalid_input')
    expect(r.message.fr).toContain('motif')
  })
})

describe('refused / partially_approved → draft (SA resubmits; guard D−L ≥ today)', () => {
  const EARLY = at('2026-01-25T10:00:00.000Z') // D−L = 31 January

  it.each(['refused', 'partially_approved'] as const)(
    'from %s: tells RC, arms T0 and T1, cancels T9 and T10',
    (status) => {
      const r = ok(transition(file({ status, timerSeq: { T0: 2, T1: 4 } }), 'draft', SA, EARLY))
      expect(notified(r.plan)).toEqual(['file.resubmitted->coordinators'])
      expect(scheduled(r.plan)).toEqual([
        'T0#2@2026-02-01T10:00:00.000Z',
        'T1#4@2026-01-26T08:00:00.000Z',
        'T1#5@2026-01-30T08:00:00.000Z',
        'T1#6@2026-01-31T08:00:00.000Z',
      ])
      expect(r.plan.cancel).toEqual(['T9', 'T10'])
    },
  )

  it('refuses after the last day to file and asks for new dates', () => {
    const r = ko(transition(file({ status: 'refused' }), 'draft', SA, NOW))
    expect(r.code).toBe('guard')
    expect(r.message.fr).toContain('le samedi 31 janvier 2026')
    expect(r.message.fr).toContain('nouvelles dates')
    expect(r.message.en).toContain('Enter new dates')
    expect(r.allowed).toEqual(['self_funded', 'cancelled'])
  })

  it('accepts new dates that leave time to file, and arms T1 and the expiry clock on them', () => {
    const start = at('2026-04-13T08:00:00.000Z')
    const end = at('2026-04-15T16:00:00.000Z')
    const r = ok(
      transition(file({ status: 'refused' }), 'draft', SA, NOW, { sessionStart: start, sessionEnd: end, slots: [] }),
    )
    expect(scheduled(r.plan)).toEqual([
      'T0#0@2026-02-12T10:00:00.000Z',
      'T1#0@2026-02-27T08:00:00.000Z',
      'T1#1@2026-03-09T08:00:00.000Z',
      'T1#2@2026-03-13T08:00:00.000Z',
      'T1#3@2026-03-14T08:00:00.000Z',
      'expiry#0@2026-04-13T08:00:00.000Z',
    ])
    expect(r.patch).toMatchObject({ status: 'draft', sessionStart: start, sessionEnd: end, slots: [] })
  })

  it('rejects new dates whose end precedes their start', () => {
    const r = ko(
      transition(file({ status: 'refused' }), 'draft', SA, NOW, {
        sessionStart: at('2026-04-13T08:00:00.000Z'),
        sessionEnd: at('2026-04-12T08:00:00.000Z'),
      }),
    )
    expect(r.code).toBe('invalid_input')
  })

  it('is the structure’s move only', () => {
    expect(ko(transition(file({ status: 'refused' }), 'draft', RC, EARLY)).code).toBe('forbidden')
  })
})

describe('refused → self_funded (SA pays or finds another funder)', () => {
  it('tells RC and TR, arms T4–T7 as approved (no APC: no T8, no validity expiry), cancels T10', () => {
    const r = ok(transition(file({ status: 'refused' }), 'self_funded', SA, NOW))
    expect(notified(r.plan)).toEqual(['file.self_funded->coordinators+facilitators'])
    expect(scheduled(r.plan)).toEqual(APPROVAL_TIMERS.slice(0, 5))
    expect(r.plan.cancel).toEqual(['T10'])
    expect(r.patch).toMatchObject({ status: 'self_funded', selfFunded: true })
  })
})
