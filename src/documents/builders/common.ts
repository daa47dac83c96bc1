import { formatDate, formatDateRange, formatHours, formatTime } from '../../email/format'
import { JOB_ROLE_LABELS } from '../../sessions/job-roles'
import type { DocumentFacts, ParticipantFacts, SlotFacts } from '../facts'
import { sessionHours } from '../facts'
import { fields, heading, paragraph, pdfText, type Pdf } from '../pdf'

/** The provider's identity at the top of a document (name, SIRET, NDA: mentions the OPCO checks). */
export function providerHeader(doc: Pdf, facts: DocumentFacts): void {
  const p = facts.provider
  doc.font('Helvetica-Bold').fontSize(9).text(pdfText(p.name))
  doc
    .font('Helvetica')
    .fontSize(8)
    .text(pdfText(`${p.address} · SIRET ${p.siret} · Déclaration d'activité n° ${p.nda}`))
    .text(pdfText(`Certification Qualiopi : ${p.qualiopiCertificate ?? '—'}`))
  doc.moveDown(1)
}

export function titleBlock(doc: Pdf, facts: DocumentFacts, title: string): void {
  providerHeader(doc, facts)
  heading(doc, title)
}

export const dateFr = (d: Date | undefined): string | undefined => (d ? formatDate('fr', d) : undefined)

export const shortDate = (d: Date): string =>
  pdfText(new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' }).format(d))

export const timeFr = (d: Date): string => pdfText(formatTime('fr', d))

export const slotLabel = (slot: SlotFacts): string =>
  `${shortDate(slot.start)} ${slot.period === 'am' ? 'matin' : 'après-midi'} (${timeFr(slot.start)} – ${timeFr(slot.end)})`

export const hoursFr = (h: number): string => pdfText(formatHours('fr', h))

export const periodFr = (facts: DocumentFacts): string => {
  const slots = facts.session.slots
  return slots.length ? formatDateRange('fr', slots[0].start, slots.at(-1)!.end) : 'dates à fixer'
}

export const roleFr = (p: Pick<ParticipantFacts, 'jobRole'>): string => (p.jobRole ? JOB_ROLE_LABELS[p.jobRole].fr : '—')

/** The training action as the ministry's model and the OPCO describe it. */
export function actionFields(doc: Pdf, facts: DocumentFacts): void {
  fields(doc, [
    ["Intitulé de l'action", facts.programme.title],
    ['Nature', "Action de formation (article L6313-1 du Code du travail)"],
    ['Dates', periodFr(facts)],
    ['Durée', hoursFr(sessionHours(facts.session.slots) || facts.programme.durationHours)],
    ['Lieu', [facts.session.venueName, facts.session.venueAddress].filter(Boolean).join(', ')],
    ['Formateur·rice(s)', facts.session.facilitators.join(', ')],
  ])
}

export function signatureLine(doc: Pdf, facts: DocumentFacts, place = 'Marseille'): void {
  doc.moveDown(1)
  paragraph(doc, `Fait à ${place}, le ${dateFr(facts.asOf)}.`)
  paragraph(doc, `${facts.provider.signatory}, ${facts.provider.signatoryTitle}, pour ${facts.provider.name}`)
  paragraph(doc, "Cachet de l'organisme de formation :")
  doc.moveDown(3)
}
