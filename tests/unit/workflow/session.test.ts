/** Rows approved/self_funded→convened … reported→closed. */
import { describe, it, expect } from '@jest/globals'
import { transition } from '../../../src/workflow'
import { ADMIN, D, E, RC, SA, SYS, at, file, ko, notified, ok, scheduled } from './fixtures'

const EVIDENCE = { sheetsSigned: true, sheetsCountersigned: true, hoursComputed: true, certificatsSigned: true }

describe('approved / self_funded → convened (SYS when T5 sent the convocations)', () => {
  const T5_TIME = at('2026-02-16T08:00:00.000Z')

  it.each(['approved', 'self_funded'] as const)(
    'from %s: convocation + RI + venue to each participant, notice to the direction, T11 D−1, T12 D−2, cancels T5',
    (status) => {
      const r = ok(transition(file({ status }), 'convened', SYS, T5_TIME))
      expect(notified(r.plan)).toEqual(['session.convocation->participants', 'session.convened->director'])
      expect(r.plan.notify[0]).toMatchObject({ perParticipant: true, attach: ['ics', 'reglement_interieur'] })
      expect(scheduled(r.plan)).toEqual([
        'T11#0@2026-03-01T08:00:00.000Z',
        'T12#0@2026-02-28T08:00:00.000Z',
        'session_start#0@2026-03-02T08:00:00.000Z',
      ])
      expect(r.plan.schedule[0]).toMatchObject({ perParticipant: true, action: { kind: 'session.day_before' } })
      expect(r.plan.schedule[1]?.action).toMatchObject({
        kind: 'session.trainer_reminder',
        data: { attendanceLink: true },
      })
      expect(r.plan.schedule[2]?.action).toEqual({ type: 'transition', to: 'in_progress' })
      expect(r.plan.cancel).toEqual(['T5'])
      expect(r.plan.generate).toEqual(['convocations'])
    },
  )

  it('waits for D−14', () => {
    const r = ko(transition(file({ status: 'approved' }), 'convened', SYS, at('2026-02-10T08:00:00.000Z')))
    expect(r.code).toBe('guard')
    expect(r.message.fr).toContain('le lundi 16 février 2026')
    expect(r.message.en).toContain('D−14')
  })

  it('is a system move, not a person’s', () => {
    expect(ko(transition(file({ status: 'approved' }), 'convened', RC, T5_TIME)).code).toBe('forbidden')
  })
})

describe('convened → in_progress (SYS at first slot start)', () => {
  it('opens attendance for TR, arms T13 per slot at end + 2 h and the E clock, cancels T11 and T12', () => {
    const r = ok(transition(file({ status: 'convened' }), 'in_progress', SYS, D))
    expect(notified(r.plan)).toEqual(['session.attendance_open->facilitators'])
    expect(scheduled(r.plan)).toEqual([
      'T13#0@2026-03-02T13:30:00.000Z',
      'T13#1@2026-03-02T18:00:00.000Z',
      'T13#2@2026-03-03T13:30:00.000Z',
      'T13#3@2026-03-03T18:00:00.000Z',
      'T13#4@2026-03-04T13:30:00.000Z',
      'T13#5@2026-03-04T18:00:00.000Z',
      'session_end#0@2026-03-04T16:00:00.000Z',
    ])
    expect(r.plan.schedule.slice(0, 6).map((t) => t.slotIndex)).toEqual([0, 1, 2, 3, 4, 5])
    expect(r.plan.cancel).toEqual(['T11', 'T12'])
  })

  it('does not start before the first slot', () => {
    expect(ko(transition(file({ status: 'convened' }), 'in_progress', SYS, at('2026-03-02T07:59:00.000Z'))).code).toBe(
      'guard',
    )
  })
})

describe('in_progress → delivered (SYS at E)', () => {
  it('hot survey in the room, T14 +2 d, +5 d, close +10 d, T15 TR +3 d / RC +7 d, T16 +7 d, T20a E+60 d, drafts; cancels past T13 and T8', () => {
    const r = ok(transition(file({ status: 'in_progress' }), 'delivered', SYS, E))
    expect(notified(r.plan)).toEqual(['survey.hot->participants'])
    expect(r.plan.notify[0]).toMatchObject({ perParticipant: true, data: { inRoom: true } })
    expect(scheduled(r.plan)).toEqual([
      'T14#0@2026-03-06T16:00:00.000Z',
      'T14#1@2026-03-09T16:00:00.000Z',
      'T14#2@2026-03-14T16:00:00.000Z',
      'T15#0@2026-03-07T16:00:00.000Z',
      'T15#1@2026-03-11T16:00:00.000Z',
      'T16#0@2026-03-11T16:00:00.000Z',
      'T20a#0@2026-05-03T16:00:00.000Z',
    ])
    expect(r.plan.schedule.map((t) => t.action)).toEqual([
      { type: 'notify', kind: 'survey.hot_reminder', to: ['participants'] },
      { type: 'notify', kind: 'survey.hot_reminder', to: ['participants'] },
      { type: 'task', task: 'close_hot_survey' },
      { type: 'notify', kind: 'session.report_due', to: ['facilitators'] },
      { type: 'notify', kind: 'session.report_due', to: ['coordinators'] },
      { type: 'notify', kind: 'survey.director', to: ['director'] },
      { type: 'transition', to: 'follow_up' },
    ])
    expect(r.plan.generate).toEqual(['attestations_draft', 'certificats_draft'])
    expect(r.plan.cancel).toEqual(['T8'])
    expect(r.plan.cancelPast).toEqual(['T13'])
  })

  it('waits for E', () => {
    expect(ko(transition(file({ status: 'in_progress' }), 'delivered', SYS, at('2026-03-04T15:00:00.000Z'))).code).toBe(
      'guard',
    )
  })
})

describe('delivered → evidence_ready (SYS when every proof is in)', () => {
  const NOW = at('2026-03-20T10:00:00.000Z')

  it('tells RC to invoice, opens billing (to_invoice), arms T17 +10 d, cancels nothing', () => {
    const r = ok(transition(file({ status: 'delivered', evidence: EVIDENCE }), 'evidence_ready', SYS, NOW))
    expect(notified(r.plan)).toEqual(['billing.invoice_now->coordinators'])
    expect(scheduled(r.plan)).toEqual(['T17#0@2026-03-30T10:00:00.000Z'])
    expect(r.plan.cancel).toEqual([])
    expect(r.patch).toMatchObject({ status: 'evidence_ready', billingStatus: 'to_invoice' })
  })

  it('moves on to follow_up at once when the cold survey already went out while delivered', () => {
    const sent = at('2026-05-03T16:00:00.000Z')
    const later = at('2026-05-10T10:00:00.000Z')
    const r = ok(
      transition(
        file({ status: 'delivered', evidence: EVIDENCE, coldSurveySentAt: sent, timerSeq: { T20a: 1 } }),
        'evidence_ready',
        SYS,
        later,
      ),
    )
    expect(scheduled(r.plan)).toEqual(['T17#0@2026-05-20T10:00:00.000Z', 'T20a#1@2026-05-10T10:00:00.000Z'])
  })

  it('names the missing proofs', () => {
    const r = ko(
      transition(
        file({ status: 'delivered', evidence: { ...EVIDENCE, sheetsCountersigned: false } }),
        'evidence_ready',
        SYS,
        NOW,
      ),
    )
    expect(r.code).toBe('guard')
    expect(r.message.fr).toContain('contresignées')
    expect(r.message.en).toContain('countersigned')
  })
})

describe('evidence_ready → follow_up (SYS when T20a fires at E+60 d)', () => {
  const E60 = at('2026-05-03T16:00:00.000Z')

  it('cold survey to participants, offer of a second training to the direction, T20 +7 d, +14 d, close +21 d; cancels T14, T16', () => {
    const r = ok(transition(file({ status: 'evidence_ready', billingStatus: 'to_invoice' }), 'follow_up', SYS, E60))
    expect(notified(r.plan)).toEqual(['survey.cold->participants', 'survey.cold_director->director'])
    expect(r.plan.notify[1]?.data).toEqual({ secondTrainingOffer: true })
    expect(scheduled(r.plan)).toEqual([
      'T20#0@2026-05-10T16:00:00.000Z',
      'T20#1@2026-05-17T16:00:00.000Z',
      'T20#2@2026-05-24T16:00:00.000Z',
    ])
    expect(r.plan.schedule[2]?.action).toEqual({ type: 'transition', to: 'reported' })
    expect(r.plan.cancel).toEqual(['T14', 'T16'])
    expect(r.patch).toMatchObject({ coldSurveySentAt: E60 })
  })

  it('does not send the survey twice when it went out while delivered, and counts T20 from that day', () => {
    const sent = at('2026-05-03T16:00:00.000Z')
    const r = ok(
      transition(
        file({ status: 'evidence_ready', coldSurveySentAt: sent }),
        'follow_up',
        SYS,
        at('2026-05-12T10:00:00.000Z'),
      ),
    )
    expect(notified(r.plan)).toEqual([])
    expect(scheduled(r.plan)).toEqual(['T20#0@2026-05-17T16:00:00.000Z', 'T20#1@2026-05-24T16:00:00.000Z'])
    expect(r.patch.coldSurveySentAt).toEqual(sent)
  })

  it('waits for E+60 d', () => {
    expect(
      ko(transition(file({ status: 'evidence_ready' }), 'follow_up', SYS, at('2026-05-01T10:00:00.000Z'))).code,
    ).toBe('guard')
  })
})

describe('follow_up → reported (SYS at cold close, or RC)', () => {
  it('report to RC, SA and ERIC, testimony candidates to editors (consent only), cancels T20', () => {
    const r = ok(transition(file({ status: 'follow_up' }), 'reported', SYS, at('2026-05-24T16:00:00.000Z')))
    expect(notified(r.plan)).toEqual([
      'file.report_ready->coordinators+structure-admins+eric',
      'file.report_ready->editors',
    ])
    expect(r.plan.notify[1]?.data).toEqual({ testimonyCandidates: true, consentOnly: true })
    expect(r.plan.generate).toEqual(['report'])
    expect(r.plan.schedule).toEqual([])
    expect(r.plan.cancel).toEqual(['T20'])
  })

  it('may be done early by RC, not by SA', () => {
    expect(transition(file({ status: 'follow_up' }), 'reported', RC, at('2026-05-20T10:00:00.000Z')).ok).toBe(true)
    expect(ko(transition(file({ status: 'follow_up' }), 'reported', SA, at('2026-05-20T10:00:00.000Z'))).code).toBe(
      'forbidden',
    )
  })
})

describe('reported → closed (RC; guard billing = paid, report validated)', () => {
  const NOW = at('2026-06-01T10:00:00.000Z')
  const ALL_BUT_T22 = [
    'T0',
    'T1',
    'T2',
    'T3',
    'T4',
    'T5',
    'T6',
    'T7',
    'T8',
    'T9',
    'T10',
    'T11',
    'T12',
    'T13',
    'T14',
    'T15',
    'T16',
    'T17',
    'T18',
    'T19',
    'T20',
    'T20a',
    'expiry',
    'session_start',
    'session_end',
  ]

  it('arms T22 purge at +6 y and cancels every remaining timer', () => {
    const r = ok(
      transition(file({ status: 'reported', billingStatus: 'paid', reportValidated: true }), 'closed', RC, NOW),
    )
    expect(notified(r.plan)).toEqual([])
    expect(scheduled(r.plan)).toEqual(['T22#0@2032-06-01T10:00:00.000Z'])
    expect(r.plan.schedule[0]?.action).toEqual({ type: 'task', task: 'purge_personal_data' })
    expect(r.plan.cancel).toEqual(ALL_BUT_T22)
  })

  it('keeps proofs 10 years for a co-funded file; validating the report while closing is allowed', () => {
    const r = ok(
      transition(file({ status: 'reported', billingStatus: 'paid', coFunded: true }), 'closed', ADMIN, NOW, {
        reportValidated: true,
      }),
    )
    expect(scheduled(r.plan)).toEqual(['T22#0@2036-06-01T10:00:00.000Z'])
    expect(r.patch.reportValidated).toBe(true)
  })

  it('refuses while billing is not paid, or the report not validated', () => {
    const unpaid = ko(
      transition(file({ status: 'reported', billingStatus: 'invoiced', reportValidated: true }), 'closed', RC, NOW),
    )
    expect(unpaid.code).toBe('guard')
    expect(unpaid.message.fr).toContain('payé')
    expect(unpaid.message.en).toContain('paid')
    expect(unpaid.allowed).toEqual([])
    const unvalidated = ko(transition(file({ status: 'reported', billingStatus: 'paid' }), 'closed', RC, NOW))
    expect(unvalidated.code).toBe('guard')
    expect(unvalidated.message.en).toContain('report is not validated')
  })

  it('is a coordinator’s move', () => {
    expect(
      ko(transition(file({ status: 'reported', billingStatus: 'paid', reportValidated: true }), 'closed', SA, NOW))
        .code,
    ).toBe('forbidden')
  })
})
