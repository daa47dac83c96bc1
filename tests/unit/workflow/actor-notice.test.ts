/**
 * The person who made a move is not told about it by mail: a coordinator recording an approval is not sent
 * « Bonne nouvelle » about it. Instructions (what to do after a partial approval, a refusal, a cancellation once
 * the OPCO has the request) still reach them.
 */
import { describe, it, expect } from '@jest/globals'
import { billingTransition, transition, type FileFacts } from '../../../src/workflow'
import { ADMIN, RC, SA, SYS, at, file, ok } from './fixtures'

const NOW = at('2026-02-05T10:00:00.000Z')
const spared = (plan: { notify: { kind: string; exceptUserIds?: string[] }[] }) =>
  plan.notify.map((n) => `${n.kind}:${(n.exceptUserIds ?? []).join(',') || '-'}`)

describe('the actor of a move is left out of its notifications', () => {
  it('leaves out the coordinator who records the approval, and only them', () => {
    const r = ok(transition(file({ status: 'submitted' }), 'approved', RC, NOW, { agreedAmount: 4800 }))
    expect(spared(r.plan)).toEqual(['file.approved:u-rc'])
    expect(r.plan.notify[0]?.to).toContain('coordinators') // the other coordinators are still told
  })

  it('leaves out the structure admin who accepts the remainder', () => {
    const partial: FileFacts = file({ status: 'partially_approved', agreedAmount: 4000, remainder: 800 })
    expect(spared(ok(transition(partial, 'approved', SA, NOW)).plan)).toEqual(['file.approved:u-sa'])
  })

  it('still sends instructions to their author: partial approval, refusal, cancellation to write to the OPCO', () => {
    const partial = ok(transition(file({ status: 'submitted' }), 'partially_approved', SA, NOW, { agreedAmount: 3000 }))
    expect(spared(partial.plan)).toEqual(['file.partially_approved:-'])
    const refused = ok(transition(file({ status: 'submitted' }), 'refused', RC, NOW, { refusalReason: 'Hors délai' }))
    expect(spared(refused.plan)).toEqual(['file.refused:-'])
    const cancelled = ok(transition(file({ status: 'submitted' }), 'cancelled', SA, NOW))
    expect(spared(cancelled.plan)).toEqual(['file.cancelled:u-sa', 'file.cancelled:-'])
    const early = ok(transition(file({ status: 'draft' }), 'cancelled', SA, NOW))
    expect(spared(early.plan)).toEqual(['file.cancelled:u-sa', 'file.cancelled:u-sa'])
  })

  it('leaves nobody out of the system’s moves (timers have no person behind them)', () => {
    expect(spared(ok(transition(file(), 'ready', SYS, NOW)).plan)).toEqual(['file.submit_now:-'])
  })

  it('applies to billing moves too', () => {
    const r = ok(billingTransition(file({ status: 'evidence_ready', billingStatus: 'invoiced' }), 'rejected', ADMIN, NOW))
    expect(spared(r.plan)).toEqual(['billing.rejected:u-admin'])
  })
})
