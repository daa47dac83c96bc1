import type { DocumentFacts } from '../facts'
import { sessionHours } from '../facts'
import { bullets, fields, newPage, paragraph, renderPdf, subheading } from '../pdf'
import { actionFields, hoursFr, signatureLine, titleBlock } from './common'

const OUTCOME: Record<string, string> = {
  attended: 'Formation suivie en totalité.',
  partial: 'Formation suivie partiellement.',
  'no-show': 'Absent·e à la formation.',
}

/**
 * The end-of-training attestation (Code du travail L6353-1): objectives, nature, duration and the result of the
 * evaluation, one page per participant who attended.
 */
export function buildAttestations(facts: DocumentFacts): Promise<Buffer> {
  const total = sessionHours(facts.session.slots)
  return renderPdf({ title: `Attestations de fin de formation · ${facts.session.title}`, createdAt: facts.asOf }, (doc) => {
    facts.participants.forEach((p, i) => {
      if (i > 0) newPage(doc)
      titleBlock(doc, facts, 'Attestation de fin de formation')
      paragraph(doc, `${facts.provider.name} atteste que ${p.name}, salarié·e de ${p.structureName ?? facts.structure.name}, a suivi la formation ci-dessous.`)
      actionFields(doc, facts)
      subheading(doc, 'Objectifs de la formation')
      bullets(doc, facts.programme.objectives)
      subheading(doc, 'Résultats')
      fields(doc, [
        ['Heures suivies', `${hoursFr(p.hoursAttended)} sur ${hoursFr(total)}`],
        ['Assiduité', OUTCOME[p.enrolmentStatus] ?? 'En cours.'],
        ["Évaluation des acquis", facts.programme.evaluation ?? 'Auto-évaluation de positionnement et questionnaire de fin de formation.'],
      ])
      signatureLine(doc, facts)
    })
  })
}
