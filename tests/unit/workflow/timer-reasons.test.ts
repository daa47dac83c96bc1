/**
 * Timers act at their time and for their reason: a timer run before its due time waits (timerEarlyByMs), and each
 * mail a timer asks for carries the states in which its reason holds, read again when the mail is rendered
 * (reasonGone).
 */
import { describe, expect, it } from '@jest/globals'
import { onTimerFired, reasonGone, TIMER_EARLY_TOLERANCE_MS, TIMER_RELEVANCE, timerEarlyByMs, type TimerPlan } from '../../../src/workflow'
import { at, file } from './fixtures'

const due = at('2026-02-01T10:00:00.000Z')
const ms = (offset: number) => new Date(due.getTime() + offset)

describe('a timer run before its due time', () => {
  it('is early by the rest of the wait, beyond the tolerance only', () => {
    expect(timerEarlyByMs(due, ms(-3_600_000))).toBe(3_600_000)
    expect(timerEarlyByMs(due, ms(-TIMER_EARLY_TOLERANCE_MS - 1))).toBe(TIMER_EARLY_TOLERANCE_MS + 1)
    // Clocks of two processes differ by milliseconds: that is on time.
    expect(timerEarlyByMs(due, ms(-TIMER_EARLY_TOLERANCE_MS))).toBe(0)
    expect(timerEarlyByMs(due, due)).toBe(0)
    expect(timerEarlyByMs(due, ms(5000))).toBe(0)
  })

  it('reads the due time as job data carries it (an ISO string)', () => {
    expect(timerEarlyByMs(due.toISOString(), ms(-10_000))).toBe(10_000)
  })
})

describe('the reason a timer’s mail carries', () => {
  const t2: TimerPlan = { timer: 'T2', n: 0, at: due, action: { type: 'notify', kind: 'file.opco_silent', to: ['structure-admins'] } }

  it('is the states the timer acts in, on every mail it asks for', () => {
    const outcome = onTimerFired(file({ status: 'submitted' }), t2, due)
    expect(outcome.type === 'notify' && outcome.notify.map((n) => n.whileIn)).toEqual([{ states: ['submitted'] }])
    const t17: TimerPlan = { timer: 'T17', n: 0, at: due, action: { type: 'notify', kind: 'billing.invoice_reminder', to: ['coordinators'] } }
    const billing = onTimerFired(file({ status: 'evidence_ready', billingStatus: 'to_invoice' }), t17, due)
    expect(billing.type === 'notify' && billing.notify[0]?.whileIn).toEqual({ states: [...TIMER_RELEVANCE.T17.states], billing: 'to_invoice' })
  })

  it('holds while the file stays where the timer fired', () => {
    expect(reasonGone({ states: ['submitted'] }, { status: 'submitted' })).toBeUndefined()
    expect(reasonGone({ states: ['evidence_ready'], billing: 'to_invoice' }, { status: 'evidence_ready', billingStatus: 'to_invoice' })).toBeUndefined()
  })

  it('is gone once the file moved on, said in French and English', () => {
    // The case: « OPCO sans réponse » rendered after the approval.
    expect(reasonGone({ states: ['submitted'] }, { status: 'approved' })).toEqual({
      fr: 'le dossier est passé à l’état « accordé »',
      en: 'the file is now approved',
    })
    expect(reasonGone({ states: ['evidence_ready'], billing: 'to_invoice' }, { status: 'evidence_ready', billingStatus: 'invoiced' })).toEqual({
      fr: 'la facturation est passée à « facturé »',
      en: 'billing is now invoiced',
    })
  })
})
