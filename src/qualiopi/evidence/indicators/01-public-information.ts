import { csvPart, day, decimal } from '../csv'
import { periodProgrammeIds } from '../scope'
import type { IndicatorDefinition } from '../types'


/** Indicator 1: the public, dated information on each programme of the period. */
export const publicInformation: IndicatorDefinition = {
  number: 1,
  folder: '01-information-publique',
  title: { fr: 'Information du public sur les prestations', en: 'Public information about the training offer' },
  proves: {
    fr: "L'information publiée sur chaque programme de la période (objectifs, prérequis, public, durée, délai d'accès, méthodes, évaluation, accessibilité, tarif, contacts) et la date de sa dernière mise à jour.",
    en: 'The information published on each programme of the period (objectives, prerequisites, audience, length, access delay, methods, assessment, accessibility, price, contacts) and the date it was last updated.',
  },
  build: async (scope) => {
    const ids = periodProgrammeIds(scope)
    const { docs } = ids.length
      ? await scope.payload.find({ collection: 'programmes', where: { id: { in: ids } }, depth: 0, pagination: false, sort: 'title', overrideAccess: true })
      : { docs: [] }
    const sessionsOf = (id: string) => scope.sessions.filter((s) => String(s.programme) === id).length
    const rows = docs.map((p) => [
      p.title,
      p.edition ?? '',
      (p.objectives ?? []).map((o) => o.text).join(' | '),
      p.audience,
      p.prerequisites,
      p.durationHours,
      p.durationDays ?? '',
      p.accessDelay ?? '',
      p.methods,
      p.evaluation,
      p.accessibility,
      decimal(p.price?.amountPerDay, 2),
      p.price?.vatExempt ? 'oui' : 'non',
      p.price?.notes ?? '',
      (p.contacts ?? []).map((c) => [c.name, c.role, c.email, c.phone].filter(Boolean).join(', ')).join(' | '),
      (p.modules ?? []).map((m) => m.title).join(' | '),
      day(p.lastReviewedAt),
      day(p.updatedAt),
      p._status === 'published' ? 'publié' : 'brouillon',
      sessionsOf(String(p.id)),
    ])
    const header = [
      'Intitulé / Title',
      'Édition / Edition',
      'Objectifs / Objectives',
      'Public visé / Audience',
      'Prérequis / Prerequisites',
      'Durée (heures) / Length (hours)',
      'Durée (jours) / Length (days)',
      "Délai d'accès / Access delay",
      'Méthodes / Methods',
      "Modalités d'évaluation / Assessment",
      'Accessibilité / Accessibility',
      'Tarif par jour et groupe (€ HT) / Price per day and group (€ excl. VAT)',
      'Exonéré de TVA / VAT exempt',
      'Précisions tarif / Price notes',
      'Contacts / Contacts',
      'Modules / Modules',
      'Dernière mise à jour publique / Last public update',
      'Modifié le / Changed on',
      'État / Status',
      'Sessions de la période / Sessions in period',
    ]
    return {
      scope: { fr: 'les programmes des sessions de la période', en: 'the programmes of the sessions in the period' },
      parts: [csvPart('programmes.csv', { fr: 'programme(s) et leur information publique', en: 'programme(s) and their public information' }, header, rows)],
    }
  },
}
