import type { DocumentFacts, ParticipantFacts } from '../facts'
import { sessionHours } from '../facts'
import { paragraph, type Pdf } from '../pdf'
import { hoursFr, titleBlock } from './common'

/**
 * Who a certificat or an attestation is for: the participants whose signed half-days prove some attendance. A
 * no-show (0 hour signed) gets neither: certifying « une durée de 0 heure » certifies nothing, and the OPCO pays
 * attended hours only.
 */
export const attendees = (facts: DocumentFacts): ParticipantFacts[] => facts.participants.filter((p) => p.hoursAttended > 0)

/** The hours the session planned: its half-days, or the programme's duration while none is scheduled. */
export const plannedHours = (facts: DocumentFacts): number => sessionHours(facts.session.slots) || facts.programme.durationHours

/** Attended less than planned (a minute's rounding is not an absence). */
export const isPartial = (p: Pick<ParticipantFacts, 'hoursAttended'>, planned: number): boolean => p.hoursAttended < planned - 1 / 60

/** « a suivi 14 heures sur 21 heures prévues »: the attendance stated as the sheets prove it. */
export const attendedOfPlanned = (p: Pick<ParticipantFacts, 'hoursAttended'>, planned: number): string =>
  `a suivi ${hoursFr(p.hoursAttended)} sur ${hoursFr(planned)} prévues`

/** The one page of a document nobody may receive: says why, instead of an empty file or a certificat of 0 hour. */
export function nobodyAttended(doc: Pdf, facts: DocumentFacts, title: string): void {
  titleBlock(doc, facts, title)
  paragraph(
    doc,
    facts.participants.length
      ? "Aucun document n'est délivré : aucun·e participant·e de ce dossier n'a signé de demi-journée sur les feuilles d'émargement."
      : "Aucun document n'est délivré : ce dossier ne compte aucun·e participant·e inscrit·e.",
  )
}
