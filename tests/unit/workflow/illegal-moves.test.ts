/** Illegal moves, wrong actors, failed guards: code, allowed list, and a French and English message naming it. */
import { describe, it, expect } from '@jest/globals'
import { allowedMoves, transition, FILE_STATES, type FileState } from '../../../src/workflow'
import { ADMIN, COMPLETE_CHECKLIST, D, ED, RC, SA, SYS, TR, at, file, ko } from './fixtures'

const NOW = at('2026-02-05T10:00:00.000Z')

describe('illegal moves', () => {
  it('names the current state, the target and the moves open to the actor, in French and English', () => {
    const r = ko(transition(file({ status: 'draft' }), 'closed', SA, NOW))
    expect(r.code).toBe('illegal')
    expect(r.allowed).toEqual(['cancelled'])
    expect(r.message.fr).toBe(
      'Passage de « brouillon » à « clôturé » impossible. Transitions possibles pour vous maintenant : « annulé » (cancelled).',
    )
    expect(r.message.en).toBe('Cannot move from draft to closed. Moves you can make now: cancelled.')
  })

  it('says so when nothing is open to the actor', () => {
    const r = ko(transition(file({ status: 'closed' }), 'draft', RC, NOW))
    expect(r.code).toBe('illegal')
    expect(r.allowed).toEqual([])
    expect(r.message.fr).toContain('Aucune transition ne vous est possible maintenant.')
    expect(r.message.en).toContain('No move is open to you now.')
  })

  it('refuses skipping steps and going backwards', () => {
    expect(ko(transition(file({ status: 'submitted' }), 'convened', SYS, NOW)).code).toBe('illegal')
    expect(ko(transition(file({ status: 'convened' }), 'approved', SA, NOW)).code).toBe('illegal')
    expect(ko(transition(file({ status: 'approved' }), 'approved', SA, NOW)).code).toBe('illegal')
    expect(ko(transition(file({ status: 'delivered' }), 'in_progress', SYS, NOW)).code).toBe('illegal')
  })

  it('treats an unknown target state as invalid input', () => {
    const r = ko(transition(file(), 'published' as FileState, SA, NOW))
    expect(r.code).toBe('invalid_input')
    expect(r.message.en).toContain('Unknown state: published')
  })

  it('closed, cancelled and expired files never move again', () => {
    for (const status of ['closed', 'cancelled', 'expired'] as const) {
      for (const to of FILE_STATES) {
        for (const actor of [SA, RC, ADMIN, SYS]) {
          expect(transition(file({ status, billingStatus: 'paid' }), to, actor, NOW).ok).toBe(false)
        }
      }
    }
  })
})

describe('wrong actor → forbidden (403), naming the role', () => {
  it('a structure admin may not record a system move', () => {
    const r = ko(transition(file({ status: 'in_progress' }), 'delivered', SA, at('2026-03-05T00:00:00Z')))
    expect(r.code).toBe('forbidden')
    expect(r.message.fr).toContain('Le rôle « Administrateur de structure » ne peut pas')
    expect(r.message.en).toContain('The role “Structure administrator” may not move the file from “session in progress” to “delivered”.')
    expect(`${r.message.fr} ${r.message.en}`).not.toContain('structure-admin')
  })

  it('facilitators and editors make no move at all', () => {
    for (const actor of [TR, ED]) {
      for (const status of FILE_STATES) expect(allowedMoves(file({ status }), actor, NOW)).toEqual([])
      expect(ko(transition(file({ status: 'ready' }), 'submitted', actor, NOW, { opcoRef: 'X' })).code).toBe(
        'forbidden',
      )
    }
  })
})

describe('allowedMoves: the moves an actor may make now, guards checked', () => {
  it('per actor for a submitted file', () => {
    const submitted = file({ status: 'submitted' })
    expect(allowedMoves(submitted, SA, NOW)).toEqual([
      'info_requested',
      'approved',
      'partially_approved',
      'refused',
      'cancelled',
    ])
    expect(allowedMoves(submitted, RC, NOW)).toEqual([
      'info_requested',
      'approved',
      'partially_approved',
      'refused',
      'cancelled',
    ])
    expect(allowedMoves(submitted, SYS, NOW)).toEqual([])
    expect(allowedMoves(submitted, SYS, D)).toEqual(['expired'])
  })

  it('tells the system when a draft became complete, and when a ready file lost an item', () => {
    expect(allowedMoves(file({ status: 'draft' }), SYS, NOW)).toEqual(['ready'])
    expect(
      allowedMoves(file({ status: 'draft', checklist: { ...COMPLETE_CHECKLIST, programme: false } }), SYS, NOW),
    ).toEqual([])
    expect(
      allowedMoves(file({ status: 'ready', checklist: { ...COMPLETE_CHECKLIST, programme: false } }), SYS, NOW),
    ).toEqual(['draft'])
  })

  it('hides the approval whose amount is already known to be short', () => {
    expect(allowedMoves(file({ status: 'submitted', agreedAmount: 1000 }), SA, NOW)).toEqual([
      'info_requested',
      'partially_approved',
      'refused',
      'cancelled',
    ])
  })

  it('admin has every move of a coordinator', () => {
    for (const status of FILE_STATES) {
      const f = file({ status, billingStatus: 'paid', reportValidated: true })
      expect(allowedMoves(f, ADMIN, NOW)).toEqual(allowedMoves(f, RC, NOW))
    }
    expect(
      allowedMoves(file({ status: 'reported', billingStatus: 'paid', reportValidated: true }), ADMIN, NOW),
    ).toEqual(['closed'])
  })
})
