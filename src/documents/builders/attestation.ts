import type { DocumentFacts } from '../facts'
import { bullets, fields, newPage, paragraph, renderPdf, subheading } from '../pdf'
import { attendedOfPlanned, attendees, isPartial, nobodyAttended, plannedHours } from './attended'
import { actionFields, hoursFr, signatureLine, titleBlock } from './common'

/**
 * The end-of-training attestation (Code du travail L6353-1): objectives, nature, duration and the result of the
 * evaluation, one page per participant who attended (no-shows get none), with the hours the signed half-days prove
 * and a partial attendance stated as such.
 */
export function buildAttestations(facts: DocumentFacts): Promise<Buffer> {
  const planned = plannedHours(facts)
  return renderPdf({ title: `Attestations de fin de formation · ${facts.session.title}`, createdAt: facts.asOf, author: facts.provider.name }, (doc) => {
    const people = attendees(facts)
    if (people.length === 0) return nobodyAttended(doc, facts, 'Attestation de fin de formation')
    people.forEach((p, i) => {
      const partial = isPartial(p, planned)
      if (i > 0) newPage(doc)
      titleBlock(doc, facts, 'Attestation de fin de formation')
      paragraph(
        doc,
        partial
          ? `${facts.provider.name} atteste que ${p.name}, salarié·e de ${p.structureName ?? facts.structure.name}, ${attendedOfPlanned(p, planned)} de la formation ci-dessous.`
          : `${facts.provider.name} atteste que ${p.name}, salarié·e de ${p.structureName ?? facts.structure.name}, a suivi la formation ci-dessous.`,
      )
      actionFields(doc, facts)
      subheading(doc, 'Objectifs de la formation')
      bullets(doc, facts.programme.objectives)
      subheading(doc, 'Résultats')
      fields(doc, [
        ['Heures suivies', `${hoursFr(p.hoursAttended)} sur ${hoursFr(planned)} prévues`],
        ['Assiduité', partial ? 'Formation suivie partiellement.' : 'Formation suivie en totalité.'],
        ["Évaluation des acquis", facts.programme.evaluation ?? 'Auto-évaluation de positionnement et questionnaire de fin de formation.'],
      ])
      signatureLine(doc, facts)
    })
  })
}
