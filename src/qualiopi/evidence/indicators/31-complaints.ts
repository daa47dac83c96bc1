import { relationId } from '../../../../collections/shared/relation-ids'
import { COMPLAINANT_LABELS, COMPLAINT_CHANNEL_LABELS, COMPLAINT_STATUS_LABELS, daysBetween } from '../../registers'
import { csvPart, day } from '../csv'
import { actionsWithSources, periodComplaints } from '../registers'
import { labelsOf } from '../scope'
import type { IndicatorDefinition } from '../types'

/** Indicator 31: complaints are received, acknowledged and answered in writing, and the register kept. */
export const complaintsRegister: IndicatorDefinition = {
  number: 31,
  folder: '31-reclamations',
  title: { fr: 'Traitement des difficultés et des réclamations', en: 'Handling difficulties and complaints' },
  proves: {
    fr: "Le registre des réclamations reçues sur la période : qui l'a émise et par quel canal, l'accusé de réception, la réponse écrite, son délai, et les actions d'amélioration qui en découlent.",
    en: 'The register of the complaints received in the period: who made it and how, the acknowledgement, the written answer, how long it took, and the improvement actions that followed.',
  },
  build: async (scope) => {
    const complaints = await periodComplaints(scope)
    const actions = await actionsWithSources(scope)
    const [structures, sessions] = await Promise.all([
      labelsOf(scope.payload, 'structures', complaints.map((c) => relationId(c.structure)), 'name'),
      labelsOf(scope.payload, 'sessions', complaints.map((c) => relationId(c.session)), 'title'),
    ])
    const followUps = (id: string) =>
      actions.filter((a) => a.sources.some((s) => s.key === `complaints:${id}`)).map((a) => a.action.title).join(' | ')
    const rows = complaints.map((c) => [
      day(c.receivedAt),
      c.from?.name ?? '',
      COMPLAINANT_LABELS[c.from?.role]?.fr ?? c.from?.role ?? '',
      COMPLAINT_CHANNEL_LABELS[c.channel]?.fr ?? c.channel,
      structures.get(relationId(c.structure) ?? '') ?? '',
      sessions.get(relationId(c.session) ?? '') ?? '',
      c.subject,
      c.description,
      day(c.acknowledgedAt),
      c.answer ?? '',
      day(c.answeredAt),
      daysBetween(c.receivedAt, c.answeredAt) ?? '',
      COMPLAINT_STATUS_LABELS[c.status]?.fr ?? c.status,
      followUps(String(c.id)),
      String(c.id),
    ])
    const header = [
      'Reçue le / Received on',
      'Émise par / From',
      'Qualité / As',
      'Canal / Channel',
      'Structure / Structure',
      'Session / Session',
      'Objet / Subject',
      'Exposé / Description',
      'Accusé de réception le / Acknowledged on',
      'Réponse / Answer',
      'Répondu le / Answered on',
      'Délai de réponse (jours) / Days to answer',
      'État / Status',
      "Actions d'amélioration / Improvement actions",
      'Identifiant / Id',
    ]
    return {
      scope: { fr: 'les réclamations reçues dans la période', en: 'the complaints received in the period' },
      parts: [csvPart('registre-des-reclamations.csv', { fr: 'réclamation(s)', en: 'complaint(s)' }, header, rows)],
    }
  },
}
