/** One file walked from creation to closed through the public API, as the Payload side will drive it. */
import { describe, it, expect } from '@jest/globals'
import {
  billingTransition,
  createFile,
  onTimerFired,
  timerJobId,
  transition,
  type Actor,
  type EffectsPlan,
  type FileFacts,
  type FileState,
  type TransitionInput,
} from '../../../src/workflow'
import { D, E, RC, SA, SYS, at, file, ok } from './fixtures'

describe('draft → closed', () => {
  it('every move is legal in turn, and no timer job id is ever handed out twice', () => {
    const ids = new Set<string>()
    const pending = new Map<string, { timer: string; at: Date }>()
    let facts: FileFacts = file()
    const absorb = (plan: EffectsPlan) => {
      for (const [id, job] of pending) if (plan.cancel.includes(job.timer as never)) pending.delete(id)
      for (const t of plan.schedule) {
        const id = timerJobId('file-1', t.timer, t.n)
        expect(ids.has(id)).toBe(false)
        ids.add(id)
        pending.set(id, { timer: t.timer, at: t.at })
      }
    }
    const move = (to: FileState, actor: Actor, now: Date, input: TransitionInput = {}) => {
      const r = ok(transition(facts, to, actor, now, input))
      facts = { ...facts, ...r.patch }
      absorb(r.plan)
      return r
    }

    const created = ok(createFile(facts, SA, at('2026-01-05T09:00:00Z')))
    facts = { ...facts, ...created.patch }
    absorb(created.plan)
    move('ready', SYS, at('2026-01-06T09:00:00Z'))
    move('submitted', SA, at('2026-01-08T09:00:00Z'), { opcoRef: 'DPC-1' })
    move('info_requested', SA, at('2026-01-15T09:00:00Z'))
    move('submitted', SA, at('2026-01-17T09:00:00Z'))
    move('approved', SA, at('2026-01-30T09:00:00Z'), { agreedAmount: 4800, validUntil: at('2026-06-30T00:00:00Z') })
    expect([...pending.values()].map((p) => p.timer)).toEqual(['expiry', 'T4', 'T5', 'T6', 'T6', 'T7', 'T8', 'expiry'])
    move('convened', SYS, at('2026-02-16T08:00:00Z'))
    move('in_progress', SYS, D)
    move('delivered', SYS, E)
    facts = {
      ...facts,
      evidence: { sheetsSigned: true, sheetsCountersigned: true, hoursComputed: true, certificatsSigned: true },
    }
    move('evidence_ready', SYS, at('2026-03-10T10:00:00Z'))
    expect(facts.billingStatus).toBe('to_invoice')
    for (const [to, input] of [
      ['invoiced', { employerAmount: 0 }],
      ['rejected', { reason: 'x' }],
      ['invoiced', {}],
      ['paid', {}],
    ] as const) {
      const r = ok(billingTransition(facts, to, RC, at('2026-03-20T10:00:00Z'), input))
      facts = { ...facts, ...r.patch }
      absorb(r.plan)
    }
    const t20a = [...pending.entries()].find(([, job]) => job.timer === 'T20a')
    expect(t20a?.[1].at).toEqual(at('2026-05-03T16:00:00Z'))
    move('follow_up', SYS, at('2026-05-03T16:00:00Z'))
    move('reported', SYS, at('2026-05-24T16:00:00Z'))
    move('closed', RC, at('2026-06-01T10:00:00Z'), { reportValidated: true })
    expect(facts.status).toBe('closed')
    expect([...pending.values()].map((p) => p.timer)).toEqual(['T22'])
    expect(ids.size).toBe(Object.values(facts.timerSeq ?? {}).reduce((sum, n) => sum + n, 0))
  })

  it('old timers armed before a state change do nothing when they fire later', () => {
    const created = ok(createFile(file(), SA, at('2026-01-05T09:00:00Z')))
    const t1 = created.plan.schedule.filter((t) => t.timer === 'T1')
    const approved: FileFacts = file({ status: 'approved', validUntil: at('2026-06-30T00:00:00Z') })
    for (const t of t1) expect(onTimerFired(approved, t, t.at).type).toBe('noop')
    const stillReady: FileFacts = file({ status: 'ready' })
    expect(onTimerFired(stillReady, t1[0]!, t1[0]!.at).type).toBe('notify')
  })
})
