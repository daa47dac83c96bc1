/** Billing rows: to_invoice→invoiced, invoiced→rejected→invoiced, invoiced→paid (T17–T19). */
import { describe, it, expect } from '@jest/globals'
import { allowedBillingMoves, billingTransition, type BillingState } from '../../../src/workflow'
import { ADMIN, RC, SA, SYS, at, file, ko, notified, ok, scheduled } from './fixtures'

const NOW = at('2026-03-25T10:00:00.000Z')
const billable = (billingStatus: BillingState, extra = {}) =>
  file({ status: 'evidence_ready', billingStatus, ...extra })

describe('billing to_invoice → invoiced (RC records invoices)', () => {
  it('sends SA the remainder invoice, arms T18 +30 d, +45 d, cancels T17', () => {
    const r = ok(billingTransition(billable('to_invoice', { remainder: 1800 }), 'invoiced', RC, NOW))
    expect(r.from).toBe('to_invoice')
    expect(notified(r.plan)).toEqual(['billing.remainder_invoice->structure-admins'])
    // The mail's amount is what the employer is invoiced, whatever the stored remainder.
    expect(r.plan.notify[0]?.data).toEqual({ invoiceAmount: 1800, remainder: 1800 })
    expect(scheduled(r.plan)).toEqual(['T18#0@2026-04-24T10:00:00.000Z', 'T18#1@2026-05-09T10:00:00.000Z'])
    expect(r.plan.schedule[0]?.action).toEqual({
      type: 'notify',
      kind: 'billing.payment_followup',
      to: ['coordinators'],
    })
    expect(r.plan.cancel).toEqual(['T17'])
    expect(r.patch).toEqual({ billingStatus: 'invoiced', timerSeq: { T18: 2 } })
  })

  it('sends no remainder invoice when the employer owes nothing; the typed amount wins over the stored remainder', () => {
    expect(notified(ok(billingTransition(billable('to_invoice'), 'invoiced', RC, NOW)).plan)).toEqual([])
    const absences = ok(
      billingTransition(billable('to_invoice', { remainder: 0 }), 'invoiced', ADMIN, NOW, { employerAmount: 320 }),
    )
    expect(absences.plan.notify[0]?.data).toEqual({ invoiceAmount: 320, remainder: 320 })
  })

  it('rejects a negative employer amount', () => {
    const r = ko(billingTransition(billable('to_invoice'), 'invoiced', RC, NOW, { employerAmount: -5 }))
    expect(r.code).toBe('invalid_input')
  })
})

describe('billing invoiced → rejected → invoiced', () => {
  it('rejection: tells RC and SA, arms T19 +5 d, cancels T18', () => {
    const r = ok(
      billingTransition(billable('invoiced', { timerSeq: { T18: 2 } }), 'rejected', RC, NOW, {
        reason: 'Feuilles illisibles',
      }),
    )
    expect(notified(r.plan)).toEqual(['billing.rejected->coordinators+structure-admins'])
    expect(r.plan.notify[0]?.data).toEqual({ reason: 'Feuilles illisibles' })
    expect(scheduled(r.plan)).toEqual(['T19#0@2026-03-30T10:00:00.000Z'])
    expect(r.plan.schedule[0]?.action).toMatchObject({ kind: 'billing.rejected_fix', to: ['coordinators'] })
    expect(r.plan.cancel).toEqual(['T18'])
  })

  it('correction: re-arms the payment follow-up with new occurrence numbers, cancels T19', () => {
    const r = ok(billingTransition(billable('rejected', { timerSeq: { T18: 2, T19: 1 } }), 'invoiced', RC, NOW))
    expect(notified(r.plan)).toEqual([])
    expect(scheduled(r.plan)).toEqual(['T18#2@2026-04-24T10:00:00.000Z', 'T18#3@2026-05-09T10:00:00.000Z'])
    expect(r.plan.cancel).toEqual(['T19'])
  })
})

describe('billing invoiced → paid', () => {
  it('tells SA when the remainder is paid, cancels T18', () => {
    const r = ok(billingTransition(billable('invoiced'), 'paid', RC, NOW, { remainderPaid: true }))
    expect(notified(r.plan)).toEqual(['billing.paid->structure-admins'])
    expect(r.plan.schedule).toEqual([])
    expect(r.plan.cancel).toEqual(['T18'])
    expect(r.patch).toEqual({ billingStatus: 'paid' })
  })

  it('stays silent to SA otherwise', () => {
    expect(ok(billingTransition(billable('invoiced'), 'paid', RC, NOW)).plan.notify).toEqual([])
  })
})

describe('billing refusals', () => {
  it('illegal moves name the open ones', () => {
    const r = ko(billingTransition(billable('to_invoice'), 'paid', RC, NOW))
    expect(r.code).toBe('illegal')
    expect(r.allowed).toEqual(['invoiced'])
    expect(r.message.fr).toBe(
      'Passage de « à facturer » à « payé » impossible. Transitions possibles pour vous maintenant : « facturé » (invoiced).',
    )
    expect(r.message.en).toBe('Cannot move from to_invoice to paid. Moves you can make now: invoiced.')
    expect(ko(billingTransition(billable('none'), 'to_invoice', RC, NOW)).code).toBe('illegal')
    expect(ko(billingTransition(billable('paid'), 'invoiced', RC, NOW)).code).toBe('illegal')
  })

  it('only coordinators and admins record billing', () => {
    for (const actor of [SA, SYS]) {
      const r = ko(billingTransition(billable('invoiced'), 'paid', actor, NOW))
      expect(r.code).toBe('forbidden')
      expect(r.allowed).toEqual([])
    }
    expect(allowedBillingMoves(billable('invoiced'), ADMIN)).toEqual(['paid', 'rejected'])
  })

  it('billing is open only from evidence_ready to reported', () => {
    const r = ko(billingTransition(file({ status: 'delivered', billingStatus: 'to_invoice' }), 'invoiced', RC, NOW))
    expect(r.code).toBe('guard')
    expect(r.message.en).toContain('billing is not open')
    expect(billingTransition(file({ status: 'reported', billingStatus: 'invoiced' }), 'paid', RC, NOW).ok).toBe(true)
    expect(allowedBillingMoves(file({ status: 'cancelled', billingStatus: 'invoiced' }), RC)).toEqual([])
  })
})
