import type { DocumentFacts } from '../facts'
import { bullets, fields, newPage, paragraph, renderPdf, subheading } from '../pdf'
import { actionFields, dateFr, slotLabel, titleBlock } from './common'

/**
 * The convocation (Qualiopi ind. 9): one page per participant with the hours, the place, the referents and the
 * house rules they accept by coming.
 */
export function buildConvocations(facts: DocumentFacts): Promise<Buffer> {
  return renderPdf({ title: `Convocation · ${facts.session.title}`, createdAt: facts.asOf, author: facts.provider.name }, (doc) => {
    facts.participants.forEach((p, i) => {
      if (i > 0) newPage(doc)
      titleBlock(doc, facts, 'Convocation à la formation')
      fields(doc, [
        ['Participant·e', p.name],
        ['Structure', p.structureName ?? facts.structure.name],
        ['Date du courrier', dateFr(facts.asOf)],
      ])
      paragraph(doc, `Madame, Monsieur, vous êtes convoqué·e à la formation « ${facts.programme.title} ».`)
      actionFields(doc, facts)
      subheading(doc, 'Horaires')
      bullets(doc, facts.session.slots.map(slotLabel))
      subheading(doc, 'Vos interlocuteurs')
      bullets(doc, [
        `Animation : ${facts.session.facilitators.join(', ') || 'à confirmer'}`,
        `Coordination : ${facts.provider.signatory} (${facts.provider.name})`,
      ])
      subheading(doc, 'Règlement intérieur et accessibilité')
      paragraph(
        doc,
        "Le règlement intérieur de l'organisme de formation s'applique pendant toute la formation. Chaque demi-journée, vous signerez la feuille d'émargement (lien personnel reçu par e-mail). Toute absence doit être signalée à votre employeur et à l'animateur.",
      )
      paragraph(doc, facts.programme.accessibility ?? "Pour tout besoin d'aménagement (handicap, horaires), contactez la coordination.")
    })
  })
}
