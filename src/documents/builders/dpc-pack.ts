import { formatAmount } from '../../email/format'
import type { DocumentFacts } from '../facts'
import { sessionHours } from '../facts'
import { bullets, fields, newPage, paragraph, pdfText, renderPdf, subheading, table } from '../pdf'
import { dateFr, hoursFr, periodFr, roleFr, titleBlock } from './common'

const euros = (n: number | undefined) => (n === undefined ? undefined : pdfText(formatAmount('fr', n)))

/**
 * What the employer files with the OPCO before the start (domain §1.2 steps 2-4): the programme, the quote, the
 * agreement's data and the participant list (name, job, status, working time is added by the employer).
 */
export function buildDpcPack(facts: DocumentFacts): Promise<Buffer> {
  const hours = sessionHours(facts.session.slots) || facts.programme.durationHours
  const days = facts.programme.durationDays ?? Math.ceil(hours / 7)
  const price = facts.programme.amountPerDay !== undefined ? facts.programme.amountPerDay * days : facts.file.requestedAmount
  const trainees = facts.participants.length || facts.file.requestedTrainees || 0
  return renderPdf({ title: `Demande de prise en charge · ${facts.file.reference}`, createdAt: facts.asOf, author: facts.provider.name }, (doc) => {
    titleBlock(doc, facts, 'Demande de prise en charge : dossier')
    fields(doc, [
      ['Employeur', facts.structure.name],
      ['SIRET', facts.structure.siret],
      ['IDCC', facts.structure.idcc],
      ['Adresse', facts.structure.address],
      ['OPCO', facts.file.opcoLabel],
      ['Référence du dossier', facts.file.reference],
      ['Subrogation de paiement', facts.file.subrogation ? 'oui' : 'non'],
    ])
    subheading(doc, '1. Programme')
    fields(doc, [
      ['Intitulé', `${facts.programme.title}${facts.programme.edition ? ` (édition ${facts.programme.edition})` : ''}`],
      ['Durée', `${hoursFr(hours)} sur ${days} jours`],
      ['Public', facts.programme.audience],
      ['Prérequis', facts.programme.prerequisites],
      ['Méthodes', facts.programme.methods],
      ["Modalités d'évaluation", facts.programme.evaluation],
    ])
    paragraph(doc, 'Objectifs :')
    bullets(doc, facts.programme.objectives)
    table(
      doc,
      [
        { header: 'Module', width: 0.75 },
        { header: 'Durée', width: 0.25, align: 'right' },
      ],
      facts.programme.modules.map((m) => [m.title, hoursFr(m.minutes / 60)]),
    )
    newPage(doc)
    subheading(doc, '2. Devis')
    table(
      doc,
      [
        { header: 'Désignation', width: 0.55 },
        { header: 'Quantité', width: 0.15, align: 'right' },
        { header: 'Prix unitaire', width: 0.15, align: 'right' },
        { header: 'Total', width: 0.15, align: 'right' },
      ],
      [
        [
          `Formation intra « ${facts.programme.title} », groupe de ${trainees} personnes`,
          `${days} jours`,
          euros(facts.programme.amountPerDay) ?? '—',
          euros(price) ?? '—',
        ],
      ],
    )
    paragraph(doc, facts.programme.vatExempt ? 'TVA non applicable (article 261-4-4° a du CGI).' : 'Montants hors taxes.')
    fields(doc, [
      ['Coût horaire par stagiaire', price && trainees ? euros(price / hours / trainees) : undefined],
      ['Montant demandé', euros(facts.file.requestedAmount ?? price)],
    ])
    subheading(doc, '3. Convention de formation')
    fields(doc, [
      ['Objet', `Action de formation « ${facts.programme.title} »`],
      ['Période', periodFr(facts)],
      ['Lieu', facts.session.venueName],
      ['Modalités de suivi', "Feuilles d'émargement par demi-journée, contresignées par le formateur"],
      ['Sanction', 'Attestation de fin de formation et certificat de réalisation'],
      ['Paiement', facts.file.subrogation ? "Subrogation : l'OPCO règle la part accordée, le reste à charge est facturé à l'employeur" : "L'employeur règle la formation et se fait rembourser par l'OPCO"],
      ['Date de dépôt', dateFr(facts.file.submittedAt)],
    ])
    subheading(doc, '4. Liste des participants')
    table(
      doc,
      [
        { header: 'Nom', width: 0.35 },
        { header: 'Fonction', width: 0.35 },
        { header: 'Statut', width: 0.15 },
        { header: 'Heures', width: 0.15, align: 'right' },
      ],
      facts.participants.map((p) => [p.name, roleFr(p), 'salarié·e', hoursFr(hours)]),
    )
  })
}
