import type { DocumentFacts } from '../../../src/documents/facts'
import { organisationFacts } from '../../../src/documents/provider'
import { organisationSeed } from '../../../src/seed/organisation'

const slot = (index: number, day: number, period: 'am' | 'pm') => {
  const base = Date.UTC(2013, 9, 14 + day, period === 'am' ? 7 : 11, period === 'am' ? 0 : 30)
  return { index, start: new Date(base), end: new Date(base + 3.5 * 3600_000), period }
}

/** A delivered 2013 session of three people: Élodie all six half-days, Benoît four, Zoé none. */
export function sampleFacts(): DocumentFacts {
  const slots = [0, 1, 2].flatMap((d) => [slot(d * 2, d, 'am'), slot(d * 2 + 1, d, 'pm')])
  const signed = (indexes: number[]) =>
    indexes.map((i) => ({ slotIndex: i, status: 'signed' as const, signedAt: new Date(slots[i].start.getTime() + 600_000), method: 'e-sign' as const, countersignedAt: slots[i].end }))
  return {
    asOf: new Date('2013-10-20T10:00:00Z'),
    provider: organisationFacts(organisationSeed({}, new Date('2013-10-20T10:00:00Z'))),
    file: {
      id: '1',
      reference: 'DPC-2013-0001',
      opco: 'uniformation',
      opcoLabel: 'Uniformation',
      opcoRef: 'UNI-13-4242',
      submittedAt: new Date('2013-09-09T08:00:00Z'),
      requestedAmount: 4440,
      requestedHours: 21,
      requestedTrainees: 3,
      agreedAmount: 4440,
      subrogation: true,
    },
    structure: { name: 'CHRS Les Iris', siret: '123 456 789 00012', idcc: '0783', address: '2 rue des Iris, 13003 Marseille' },
    session: {
      id: '7',
      title: 'Culture & usages numériques · Marseille 2013',
      venueName: 'ERIC La Fabrique',
      venueAddress: '13003 Marseille',
      facilitators: ['Karim Benali'],
      slots,
    },
    programme: {
      title: 'Culture & usages numériques',
      edition: '2013',
      objectives: ['Comprendre les enjeux du numérique', 'Accompagner les démarches en ligne'],
      durationHours: 21,
      durationDays: 3,
      evaluation: 'Positionnement et auto-évaluation',
      vatExempt: true,
      amountPerDay: 1480,
      modules: [
        { title: 'Pourquoi le numérique ?', minutes: 210 },
        { title: 'Usages et outils', minutes: 1050 },
      ],
    },
    participants: [
      { id: 'a', name: 'Élodie Martin', email: 'e@x.org', jobRole: 'direction', structureName: 'CHRS Les Iris', enrolmentStatus: 'attended', hoursAttended: 21, marks: signed([0, 1, 2, 3, 4, 5]) },
      { id: 'b', name: 'Benoît Roux', email: 'b@x.org', jobRole: 'social-worker', structureName: 'CHRS Les Iris', enrolmentStatus: 'partial', hoursAttended: 14, marks: [...signed([0, 1, 2, 3]), { slotIndex: 4, status: 'absent' }] },
      { id: 'c', name: 'Zoé Garnier', email: 'z@x.org', jobRole: 'technical', structureName: 'CHRS Les Iris', enrolmentStatus: 'no-show', hoursAttended: 0, marks: [] },
    ],
  }
}
