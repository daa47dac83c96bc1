import type { DocumentFacts } from '../facts'
import { fields, newPage, paragraph, renderPdf, subheading } from '../pdf'
import { attendedOfPlanned, attendees, isPartial, nobodyAttended, plannedHours } from './attended'
import { dateFr, hoursFr, periodFr, titleBlock } from './common'

/**
 * The certificat de réalisation, after the ministry's model (arrêté du 21 décembre 2018): the provider's
 * representative certifies the trainee, the employer, the action, its nature, its dates and the hours
 * completed. With the invoice it is the OPCO's "service fait". One page per participant who attended (no-shows get
 * none); the hours are those the signed half-days prove, and a partial attendance says so. Signed by the person the
 * organisation's settings name, in their capacity.
 */
export function buildCertificats(facts: DocumentFacts): Promise<Buffer> {
  return renderPdf({ title: `Certificats de réalisation · ${facts.session.title}`, createdAt: facts.asOf, author: facts.provider.name }, (doc) => {
    const people = attendees(facts)
    if (people.length === 0) return nobodyAttended(doc, facts, 'Certificat de réalisation')
    const planned = plannedHours(facts)
    const { signatory, signatoryTitle } = facts.provider
    people.forEach((p, i) => {
      if (i > 0) newPage(doc)
      titleBlock(doc, facts, 'Certificat de réalisation')
      paragraph(
        doc,
        `Je soussigné·e ${signatory}, ${signatoryTitle}, représentant légal du dispensateur de l'action concourant au développement des compétences ${facts.provider.name}, atteste que :`,
      )
      fields(doc, [
        ['Nom et prénom du bénéficiaire', p.name],
        ["Salarié·e de l'entreprise", `${p.structureName ?? facts.structure.name}${facts.structure.siret ? ` (SIRET ${facts.structure.siret})` : ''}`],
        ["Intitulé de l'action", facts.programme.title],
      ])
      subheading(doc, "Nature de l'action concourant au développement des compétences")
      paragraph(doc, '[X] action de formation   [ ] bilan de compétences   [ ] action de VAE   [ ] action de formation par apprentissage')
      fields(doc, [
        ['Qui s’est déroulée', periodFr(facts)],
        ['Pour une durée de', hoursFr(p.hoursAttended)],
        ['Assiduité', isPartial(p, planned) ? `${p.name} ${attendedOfPlanned(p, planned)} (présence partielle)` : `formation suivie en totalité (${hoursFr(planned)} prévues)`],
        ['Dossier OPCO', [facts.file.opcoLabel, facts.file.opcoRef].filter(Boolean).join(' · ') || facts.file.reference],
      ])
      paragraph(
        doc,
        "Sans préjudice des délais imposés par les règles fiscales, comptables ou commerciales, je m'engage à conserver l'ensemble des pièces justificatives qui ont permis d'établir le présent certificat pendant une durée de 3 ans à compter de la fin de l'année du dernier paiement. En cas de cofinancement des fonds européens, la durée de conservation est étendue conformément aux obligations conventionnelles spécifiques.",
      )
      paragraph(doc, `Fait à ${facts.provider.city ?? '…'}, le ${dateFr(facts.asOf)}.`)
      paragraph(doc, `Cachet et signature du responsable du dispensateur de formation : ${signatory}, ${signatoryTitle}`)
      doc.moveDown(3)
    })
  })
}
