/**
 * The checklist rule (draft ⇄ ready) asks for what the next steps need: a session with dates (the filing deadline
 * of the « prêt à déposer » mail, T1, T2 and the approval mail hang on D), a known OPCO and the requested amount. A file without them
 * stays draft and says, in words, what it waits for.
 */
import { describe, it, expect } from '@jest/globals'
import { missingChecklistItems, onTimerFired, transition, waitingMoves } from '../../../src/workflow'
import { COMPLETE_CHECKLIST, SA, SYS, at, file, ko, notified, ok } from './fixtures'

const NOW = at('2026-01-05T09:00:00.000Z')
const NO_SESSION = { sessionStart: undefined, sessionEnd: undefined, slots: [] }

describe('draft → ready needs a dated session and the OPCO', () => {
  it('keeps a file with every piece ticked but no session in draft, naming the session in both languages', () => {
    const r = ko(transition(file(NO_SESSION), 'ready', SYS, NOW))
    expect(r.code).toBe('guard')
    expect(r.message.fr).toContain('session avec ses dates')
    expect(r.message.en).toContain('session with its dates')
    expect(missingChecklistItems(file(NO_SESSION))).toEqual(['sessionDates'])
  })

  it('counts the first slot as the session date when the start is not given', () => {
    const slotsOnly = file({ sessionStart: undefined })
    expect(missingChecklistItems(slotsOnly)).toEqual([])
    expect(ok(transition(slotsOnly, 'ready', SYS, NOW)).to).toBe('ready')
  })

  it('keeps a file whose OPCO is unknown in draft', () => {
    expect(missingChecklistItems(file({ opco: undefined }))).toEqual(['opco'])
    const r = ko(transition(file({ opco: '' }), 'ready', SYS, NOW))
    expect(r.message.fr).toContain('OPCO')
  })

  it('lists every piece, the session and the OPCO when nothing is known', () => {
    expect(missingChecklistItems({ checklist: undefined })).toEqual([
      'devisSigned',
      'conventionSigned',
      'programme',
      'siret',
      'sessionDates',
      'opco',
      'requestedAmount',
      'participants',
    ])
  })

  it('keeps a file without a requested amount in draft (the DPC states it, a partial approval is measured by it)', () => {
    expect(missingChecklistItems(file({ requestedAmount: undefined }))).toEqual(['requestedAmount'])
    expect(missingChecklistItems(file({ requestedAmount: 0 }))).toEqual(['requestedAmount'])
    expect(ko(transition(file({ requestedAmount: undefined }), 'ready', SYS, NOW)).message.fr).toContain('montant demandé')
  })

  it('sends a ready file whose session lost its dates back to draft, telling SA that the session is missing', () => {
    const r = ok(transition(file({ status: 'ready', ...NO_SESSION }), 'draft', SYS, NOW))
    expect(notified(r.plan)).toEqual(['file.missing_items->structure-admins'])
    expect(r.plan.notify[0]?.data).toEqual({ missingItems: ['sessionDates'] })
  })

  it('has the completeness nudge (T0) name the session too', () => {
    const t0 = { timer: 'T0' as const, n: 0, at: NOW, action: { type: 'notify' as const, kind: 'file.missing_items' as const, to: ['structure-admins' as const] } }
    const outcome = onTimerFired(file(NO_SESSION), t0, NOW)
    expect(outcome.type).toBe('notify')
    if (outcome.type === 'notify') expect(outcome.notify[0]?.data).toEqual({ missingItems: ['sessionDates'] })
  })
})

describe('waitingMoves: what a system move waits for, in words', () => {
  it('says a draft without a session waits for one to become ready', () => {
    const waiting = waitingMoves(file({ ...NO_SESSION, checklist: { ...COMPLETE_CHECKLIST, devisSigned: false } }), NOW)
    expect(waiting.map((w) => w.to)).toEqual(['ready'])
    expect(waiting[0]?.why.fr).toContain('devis signé par les deux parties')
    expect(waiting[0]?.why.fr).toContain('session avec ses dates')
    expect(waiting[0]?.why.en).toContain('session with its dates')
  })

  it('is empty for a complete draft (it becomes ready at the next edit) and never lists expiry or going back', () => {
    expect(waitingMoves(file(), NOW)).toEqual([])
    expect(waitingMoves(file({ status: 'ready' }), NOW)).toEqual([])
    expect(waitingMoves(file({ status: 'submitted' }), NOW)).toEqual([])
  })

  it('says what evidence a delivered file still lacks', () => {
    const delivered = file({ status: 'delivered', evidence: { sheetsSigned: true, sheetsCountersigned: false, hoursComputed: true, certificatsSigned: false } })
    const waiting = waitingMoves(delivered, at('2026-03-05T10:00:00.000Z'))
    expect(waiting.map((w) => w.to)).toEqual(['evidence_ready'])
    expect(waiting[0]?.why.fr).toContain('feuilles contresignées')
    expect(waiting[0]?.why.fr).toContain('certificats de réalisation signés')
  })

  it('gives the date an approved file waits for to be convened', () => {
    const waiting = waitingMoves(file({ status: 'approved' }), NOW)
    expect(waiting).toEqual([{ to: 'convened', why: expect.objectContaining({ fr: expect.stringContaining('Les convocations partent le lundi 16 février 2026') }) }])
  })

  it('is not a way round the actor rules: a person still cannot make the system’s move', () => {
    expect(ko(transition(file(), 'ready', SA, NOW)).code).toBe('forbidden')
  })
})
