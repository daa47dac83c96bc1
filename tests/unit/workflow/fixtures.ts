/** Shared fixtures: one file with a fixed session, and readable summaries of plans. */
import type { Actor, EffectsPlan, FileFacts, FilePatch, NotifyRequest, TimerPlan } from '../../../src/workflow'

export const at = (iso: string): Date => new Date(iso)

/** D = Monday 2 March 2026 08:00 UTC; three days of two half-day slots; E = 4 March 16:00 UTC. */
export const D = at('2026-03-02T08:00:00.000Z')
export const E = at('2026-03-04T16:00:00.000Z')
export const SLOTS = ['2026-03-02', '2026-03-03', '2026-03-04'].flatMap((day) => [
  { start: at(`${day}T08:00:00.000Z`), end: at(`${day}T11:30:00.000Z`) },
  { start: at(`${day}T12:30:00.000Z`), end: at(`${day}T16:00:00.000Z`) },
])

export const SA: Actor = { role: 'structure-admin', id: 'u-sa' }
export const RC: Actor = { role: 'coordinator', id: 'u-rc' }
export const ADMIN: Actor = { role: 'admin', id: 'u-admin' }
export const SYS: Actor = { role: 'system' }
export const TR: Actor = { role: 'facilitator', id: 'u-tr' }
export const ED: Actor = { role: 'editor', id: 'u-ed' }

export const COMPLETE_CHECKLIST = {
  devisSigned: true,
  conventionSigned: true,
  programme: true,
  siret: true,
  participants: 10,
  minParticipants: 8,
}

export function file(overrides: Partial<FileFacts> = {}): FileFacts {
  return {
    status: 'draft',
    billingStatus: 'none',
    sessionStart: D,
    sessionEnd: E,
    slots: SLOTS,
    opco: 'OPCO Santé',
    requestedAmount: 4800,
    checklist: COMPLETE_CHECKLIST,
    ...overrides,
  }
}

/** "T2#0@2026-02-03T10:00:00.000Z" per scheduled occurrence, in plan order. */
export function scheduled(plan: EffectsPlan | { schedule: TimerPlan[] }): string[] {
  return plan.schedule.map((t) => `${t.timer}#${t.n}@${t.at.toISOString()}`)
}

/** "file.submitted->coordinators+facilitators" per notification, in plan order. */
export function notified(plan: EffectsPlan | { notify: NotifyRequest[] }): string[] {
  return plan.notify.map((n) => `${n.kind}->${n.to.join('+')}`)
}

/** Applies a successful move's patch, like the caller does after writing it. */
export function apply(facts: FileFacts, patch: FilePatch): FileFacts {
  return { ...facts, ...patch }
}

export function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`)
  return result as Extract<T, { ok: true }>
}

export function ko<T extends { ok: boolean }>(result: T): Extract<T, { ok: false }> {
  if (result.ok) throw new Error(`expected failure, got ${JSON.stringify(result)}`)
  return result as Extract<T, { ok: false }>
}
