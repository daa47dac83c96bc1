import { describe, expect, it } from '@jest/globals'
import { assignByDepartement } from '../../../src/campaigns/assign'
import { campaignFromTemplate } from '../../../src/campaigns/clone'
import { contactStatusAfterFileMove } from '../../../src/campaigns/contact-status'

describe('contact status after a funding file move', () => {
  it('moves a structure to engaged when it files a request, to trained when the session is delivered', () => {
    expect(contactStatusAfterFileMove('to-approach', { kind: 'created', from: null, to: 'draft' })).toBe('engaged')
    expect(contactStatusAfterFileMove('presented', { kind: 'transition', from: 'draft', to: 'submitted' })).toBe('engaged')
    expect(contactStatusAfterFileMove('engaged', { kind: 'transition', from: 'in_progress', to: 'delivered' })).toBe('trained')
    expect(contactStatusAfterFileMove('to-approach', { kind: 'transition', from: 'delivered', to: 'evidence_ready' })).toBe('trained')
  })

  it('never moves backwards, and ignores billing and endings without a session', () => {
    expect(contactStatusAfterFileMove('trained', { kind: 'created', from: null, to: 'draft' })).toBeUndefined()
    expect(contactStatusAfterFileMove('engaged', { kind: 'transition', from: 'draft', to: 'ready' })).toBeUndefined()
    expect(contactStatusAfterFileMove('presented', { kind: 'transition', from: 'submitted', to: 'cancelled' })).toBeUndefined()
    expect(contactStatusAfterFileMove('presented', { kind: 'billing', from: 'none', to: 'to_invoice' })).toBeUndefined()
  })
})

describe('assignment by département', () => {
  it('shares a département between its facilitators, least loaded first, and reports the others', () => {
    const plan = assignByDepartement(
      [
        { id: 's1', departement: '13' },
        { id: 's2', departement: '13' },
        { id: 's3', departement: '13' },
        { id: 's4', departement: '06' },
        { id: 's5', departement: '83' },
      ],
      [
        { id: 'fA', departement: '13', load: 1 },
        { id: 'fB', departement: '13', load: 0 },
        { id: 'fC', departement: '83', load: 5 },
      ],
    )
    expect(plan.assignments).toEqual([
      { structureId: 's1', facilitatorId: 'fB' },
      { structureId: 's2', facilitatorId: 'fA' },
      { structureId: 's3', facilitatorId: 'fB' },
      { structureId: 's5', facilitatorId: 'fC' },
    ])
    expect(plan.unmatched).toEqual({ '06': 1 })
  })
})

describe('a new region’s campaign from a template', () => {
  const template = {
    id: 't1',
    title: 'Déploiement régional 2027',
    phase: 'national',
    summary: 'Trois jours pour toute l’équipe.',
    targets: { structures: 120, ericSpaces: 15 },
    assets: { presentation: { id: 'm1', url: '/x' }, procedure: 'm2', documentation: ['m3', { id: 'm4' }] },
    kit: { link: 'https://kit.example.org', documents: [{ line: 'Plaquette' }, { line: ' ' }] },
  }

  it('copies texts, kit and targets, sets the region and dates, and leaves people and notes behind', () => {
    const result = campaignFromTemplate(template, { region: 'bretagne', startDate: '2027-09-01' })
    expect(result).toEqual({
      ok: true,
      data: {
        title: 'Déploiement régional 2027 – Bretagne',
        phase: 'regional',
        region: 'bretagne',
        startDate: '2027-09-01',
        endDate: undefined,
        summary: 'Trois jours pour toute l’équipe.',
        targets: { structures: 120, ericSpaces: 15 },
        assets: { presentation: 'm1', procedure: 'm2', documentation: ['m3', 'm4'] },
        kit: { link: 'https://kit.example.org', documents: [{ line: 'Plaquette' }] },
        clonedFrom: 't1',
      },
    })
  })

  it('refuses an unknown region or a bad start date', () => {
    expect(campaignFromTemplate(template, { region: 'atlantide', startDate: '2027-09-01' })).toMatchObject({ ok: false, message: expect.stringContaining('Région inconnue') })
    expect(campaignFromTemplate(template, { region: 'corse', startDate: 'bientôt' })).toMatchObject({ ok: false })
  })
})
