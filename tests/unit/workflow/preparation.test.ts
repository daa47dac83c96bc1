/** Rows ∅→draft, draft→ready, ready→draft, ready→submitted, submitted⇄info_requested. */
import { describe, it, expect } from '@jest/globals'
import { ROLE_LABELS } from '../../../src/access/roles'
import { createFile, transition } from '../../../src/workflow'
import { ADMIN, COMPLETE_CHECKLIST, RC, SA, SYS, at, file, ko, notified, ok, scheduled } from './fixtures'

const NOW = at('2026-01-05T09:00:00.000Z')

describe('∅ → draft (SA or RC creates)', () => {
  it('tells RC, arms T0 every 7 d, T1 at D−45, D−35, D−L−1 (SA) and D−L (RC), and the expiry clock at D', () => {
    const r = ok(createFile(file(), SA, NOW))
    expect(r.from).toBeNull()
    expect(r.to).toBe('draft')
    expect(notified(r.plan)).toEqual(['file.created->coordinators'])
    expect(scheduled(r.plan)).toEqual([
      'T0#0@2026-01-12T09:00:00.000Z',
      'T1#0@2026-01-16T08:00:00.000Z',
      'T1#1@2026-01-26T08:00:00.000Z',
      'T1#2@2026-01-30T08:00:00.000Z',
      'T1#3@2026-01-31T08:00:00.000Z',
      'expiry#0@2026-03-02T08:00:00.000Z',
    ])
    const t1 = r.plan.schedule.filter((t) => t.timer === 'T1').map((t) => t.action)
    expect(t1.map((a) => (a.type === 'notify' ? `${a.kind}->${a.to.join('+')}` : a.type))).toEqual([
      'file.deadline_reminder->structure-admins',
      'file.deadline_reminder->structure-admins',
      'file.deadline_reminder->structure-admins',
      'file.deadline_escalation->coordinators',
    ])
    expect(t1[0]).toMatchObject({ data: { deadline: '2026-01-31T08:00:00.000Z' } })
    expect(r.plan.cancel).toEqual([])
    expect(r.patch).toMatchObject({ status: 'draft', billingStatus: 'none', timerSeq: { T0: 1, T1: 4, expiry: 1 } })
  })

  it('is open to coordinators, admins and the system (imports, seed), not to facilitators or editors', () => {
    expect(createFile(file(), RC, NOW).ok).toBe(true)
    expect(createFile(file(), ADMIN, NOW).ok).toBe(true)
    expect(createFile(file(), { role: 'system' }, NOW).ok).toBe(true)
    for (const role of ['facilitator', 'editor'] as const) {
      const r = ko(createFile(file(), { role }, NOW))
      expect(r.code).toBe('forbidden')
      // Named as a person reads the role (« Animateur ERIC »), not by its stored id.
      expect(r.message.fr).toContain(ROLE_LABELS[role].fr)
      expect(r.message.en).toContain(ROLE_LABELS[role].en)
    }
  })

  it('drops SA reminders already past and fires the RC escalation now when D−L is already past', () => {
    const late = at('2026-02-10T09:00:00.000Z') // after D−L (31 Jan)
    const r = ok(createFile(file(), SA, late))
    expect(scheduled(r.plan)).toEqual([
      'T0#0@2026-02-17T09:00:00.000Z',
      'T1#0@2026-02-10T09:00:00.000Z',
      'expiry#0@2026-03-02T08:00:00.000Z',
    ])
    expect(r.plan.schedule[1]?.action).toMatchObject({ kind: 'file.deadline_escalation', to: ['coordinators'] })
  })

  it('arms no date-bound timer when the session has no date yet', () => {
    const r = ok(createFile(file({ sessionStart: undefined, sessionEnd: undefined, slots: [] }), SA, NOW))
    expect(scheduled(r.plan)).toEqual(['T0#0@2026-01-12T09:00:00.000Z'])
  })
})

describe('draft → ready (SYS, checklist)', () => {
  it('tells SA to file now with the DPC pack, keeps T1 and cancels T0', () => {
    const r = ok(transition(file(), 'ready', SYS, NOW))
    expect(notified(r.plan)).toEqual(['file.submit_now->structure-admins'])
    expect(r.plan.notify[0]?.attach).toEqual(['dpc_pack'])
    expect(r.plan.generate).toEqual(['dpc_pack'])
    expect(r.plan.schedule).toEqual([])
    expect(r.plan.cancel).toEqual(['T0'])
    expect(r.patch).toEqual({ status: 'ready' })
  })

  it('is refused while an item is missing, naming the items', () => {
    const r = ko(
      transition(
        file({ checklist: { ...COMPLETE_CHECKLIST, conventionSigned: false, participants: 5 } }),
        'ready',
        SYS,
        NOW,
      ),
    )
    expect(r.code).toBe('guard')
    expect(r.message.fr).toContain('convention signée')
    expect(r.message.fr).toContain('nombre minimum de participants')
    expect(r.message.en).toContain('agreement signed')
    expect(r.allowed).toEqual([]) // the system may not cancel, and D is not reached: nothing open
  })

  it('is the system’s move only', () => {
    expect(ko(transition(file(), 'ready', SA, NOW)).code).toBe('forbidden')
    expect(ko(transition(file(), 'ready', RC, NOW)).code).toBe('forbidden')
  })
})

describe('ready → draft (SA edits a required item)', () => {
  const incomplete = file({ status: 'ready', checklist: { ...COMPLETE_CHECKLIST, siret: false } })

  it('tells SA what is missing and re-arms T0', () => {
    const r = ok(transition(incomplete, 'draft', SA, NOW))
    expect(notified(r.plan)).toEqual(['file.missing_items->structure-admins'])
    expect(r.plan.notify[0]?.data).toEqual({ missingItems: ['siret'] })
    expect(scheduled(r.plan)).toEqual(['T0#0@2026-01-12T09:00:00.000Z'])
    expect(r.plan.cancel).toEqual([])
  })

  it('numbers the re-armed T0 after the earlier ones (job ids are never reused)', () => {
    const r = ok(transition({ ...incomplete, timerSeq: { T0: 3, T1: 4 } }, 'draft', SYS, NOW))
    expect(scheduled(r.plan)).toEqual(['T0#3@2026-01-12T09:00:00.000Z'])
    expect(r.patch.timerSeq).toEqual({ T0: 4, T1: 4 })
  })

  it('keeps a complete file ready', () => {
    const r = ko(transition(file({ status: 'ready' }), 'draft', SA, NOW))
    expect(r.code).toBe('guard')
    expect(r.allowed).toEqual(['submitted', 'cancelled'])
  })
})

describe('ready → submitted (SA enters opcoRef + date)', () => {
  const ready = file({ status: 'ready' })
  const NOW2 = at('2026-01-20T10:00:00.000Z')

  it('tells RC and TR, arms T2 at +14 d, +21 d (SA) and min(+28 d, D−10) (RC), cancels T1', () => {
    const r = ok(transition(ready, 'submitted', SA, NOW2, { opcoRef: ' DPC-2026-0042 ' }))
    expect(notified(r.plan)).toEqual(['file.submitted->coordinators+facilitators'])
    expect(scheduled(r.plan)).toEqual([
      'T2#0@2026-02-03T10:00:00.000Z',
      'T2#1@2026-02-10T10:00:00.000Z',
      'T2#2@2026-02-17T10:00:00.000Z',
    ])
    expect(r.plan.schedule.map((t) => (t.action.type === 'notify' ? t.action.to[0] : ''))).toEqual([
      'structure-admins',
      'structure-admins',
      'coordinators',
    ])
    expect(r.plan.cancel).toEqual(['T1'])
    expect(r.patch).toMatchObject({ status: 'submitted', opcoRef: 'DPC-2026-0042', submittedAt: NOW2 })
  })

  it('escalates at D−10 when that comes before +28 d', () => {
    const r = ok(transition(ready, 'submitted', RC, at('2026-02-01T10:00:00.000Z'), { opcoRef: 'X' }))
    expect(scheduled(r.plan)).toEqual([
      'T2#0@2026-02-15T10:00:00.000Z',
      'T2#1@2026-02-22T10:00:00.000Z',
      'T2#2@2026-02-20T08:00:00.000Z',
    ])
  })

  it('counts T2 from a back-dated filing day, dropping reminders already past', () => {
    const r = ok(
      transition(ready, 'submitted', SA, NOW2, { opcoRef: 'X', submittedAt: at('2026-01-05T10:00:00.000Z') }),
    )
    expect(scheduled(r.plan)).toEqual(['T2#0@2026-01-26T10:00:00.000Z', 'T2#1@2026-02-02T10:00:00.000Z'])
  })

  it('needs an OPCO reference and a filing date not in the future', () => {
    const missing = ko(transition(ready, 'submitted', SA, NOW2, {}))
    expect(missing.code).toBe('invalid_input')
    expect(missing.message.fr).toContain('référence OPCO')
    expect(missing.message.en).toContain('OPCO reference')
    const future = ko(
      transition(ready, 'submitted', SA, NOW2, { opcoRef: 'X', submittedAt: at('2026-02-01T00:00:00Z') }),
    )
    expect(future.code).toBe('invalid_input')
  })
})

describe('submitted ⇄ info_requested', () => {
  const NOW3 = at('2026-02-01T10:00:00.000Z')

  it('submitted → info_requested: tells RC, arms T3 SA +3 d, +7 d and RC +10 d, cancels T2', () => {
    const r = ok(transition(file({ status: 'submitted' }), 'info_requested', SA, NOW3))
    expect(notified(r.plan)).toEqual(['file.info_requested->coordinators'])
    expect(scheduled(r.plan)).toEqual([
      'T3#0@2026-02-04T10:00:00.000Z',
      'T3#1@2026-02-08T10:00:00.000Z',
      'T3#2@2026-02-11T10:00:00.000Z',
    ])
    expect(r.plan.schedule.map((t) => (t.action.type === 'notify' ? t.action.to.join('+') : ''))).toEqual([
      'structure-admins',
      'structure-admins',
      'coordinators',
    ])
    expect(r.plan.cancel).toEqual(['T2'])
  })

  it('info_requested → submitted: tells RC, re-arms T2 from now with fresh occurrence numbers, cancels T3', () => {
    const r = ok(
      transition(
        file({ status: 'info_requested', timerSeq: { T2: 3, T3: 3 } }),
        'submitted',
        RC,
        at('2026-01-25T10:00:00.000Z'),
      ),
    )
    expect(notified(r.plan)).toEqual(['file.submitted->coordinators'])
    expect(r.plan.notify[0]?.data).toEqual({ complements: true })
    expect(scheduled(r.plan)).toEqual([
      'T2#3@2026-02-08T10:00:00.000Z',
      'T2#4@2026-02-15T10:00:00.000Z',
      'T2#5@2026-02-20T08:00:00.000Z',
    ])
    expect(r.plan.cancel).toEqual(['T3'])
  })
})
