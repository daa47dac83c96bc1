import { relationIds } from '../../../../collections/shared/relation-ids'
import { isActiveEnrolment } from '../../../sessions/enrolment-status'
import { clock, csvPart, day, decimal } from '../csv'
import { deliveriesPart } from '../deliveries'
import { fileDocumentsPart } from '../documents'
import type { EricSpace } from '../../../payload-types'
import { labelsOf } from '../scope'
import type { EvidenceScope, IndicatorDefinition } from '../types'

const HOUR = 3_600_000

/** What each session's convocation states: dates, hours, place, facilitators, size of the group. */
async function sessionConditions(scope: EvidenceScope) {
  const { payload, sessions } = scope
  const venueIds = sessions.flatMap((s) => relationIds(s.venue))
  const [venues, facilitators, structures] = await Promise.all([
    venueIds.length
      ? payload.find({ collection: 'eric-spaces', where: { id: { in: venueIds } }, depth: 0, pagination: false, overrideAccess: true })
      : { docs: [] as EricSpace[] },
    labelsOf(payload, 'users', sessions.flatMap((s) => relationIds(s.facilitators)), 'name'),
    labelsOf(payload, 'structures', sessions.flatMap((s) => relationIds(s.structures)), 'name'),
  ])
  const venue = new Map(venues.docs.map((v) => [String(v.id), v]))
  const enrolled = (id: string) => scope.enrolments.filter((e) => String(e.session) === id && isActiveEnrolment(e.status)).length
  const rows = sessions.map((s) => {
    const slots = s.slots ?? []
    const place = venue.get(relationIds(s.venue)[0] ?? '')
    const hours = slots.reduce((h, slot) => h + (new Date(slot.end).getTime() - new Date(slot.start).getTime()) / HOUR, 0)
    return [
      s.title,
      relationIds(s.structures).map((id) => structures.get(id) ?? '').join(' | '),
      day(slots[0]?.start),
      day(slots.at(-1)?.end),
      slots.map((slot) => `${day(slot.start)} ${clock(slot.start)}-${clock(slot.end)}`).join(' | '),
      decimal(hours),
      place?.name ?? '',
      [place?.street, place?.postalCode, place?.commune].filter(Boolean).join(' '),
      relationIds(s.facilitators).map((id) => facilitators.get(id) ?? '').join(' | '),
      enrolled(String(s.id)),
    ]
  })
  const header = [
    'Session / Session',
    'Structures / Structures',
    'Début / Start',
    'Fin / End',
    'Demi-journées et horaires / Half-days and hours',
    'Durée (heures) / Length (hours)',
    'Lieu / Venue',
    'Adresse / Address',
    'Formateur·rice(s) / Trainer(s)',
    'Inscrits / Enrolled',
  ]
  return csvPart('sessions.csv', { fr: 'session(s) : dates, horaires, lieu, formateurs', en: 'session(s): dates, hours, venue, trainers' }, header, rows)
}

/** Indicator 9: participants were told the delivery conditions (convocations and their sending). */
export const deliveryConditions: IndicatorDefinition = {
  number: 9,
  folder: '09-information-des-beneficiaires',
  title: { fr: 'Information des bénéficiaires sur les conditions de déroulement', en: 'Informing beneficiaries of delivery conditions' },
  proves: {
    fr: 'Les convocations remises aux participants (dates, horaires, lieu, référents, règlement intérieur), les conditions de chaque session et le journal des envois (convocations, modifications).',
    en: 'The convocations given to participants (dates, hours, venue, contacts, house rules), the conditions of each session and the log of what was sent (convocations, changes).',
  },
  build: async (scope) => ({
    scope: { fr: 'les sessions dont la première demi-journée tombe dans la période, et leurs dossiers', en: 'the sessions whose first half-day falls in the period, and their files' },
    parts: [
      await fileDocumentsPart(scope, 'convocation', 'convocations', { fr: 'convocation(s) (PDF, toutes versions)', en: 'convocation(s) (PDF, every version)' }),
      await deliveriesPart(scope, 'envois-convocations.csv', { fr: 'envoi(s) de convocation ou de modification', en: 'convocation or change mail(s) sent' }, [
        'session.convocation',
        'session.convened',
        'file.rescheduled',
      ]),
      await sessionConditions(scope),
    ],
  }),
}
