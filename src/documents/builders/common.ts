import { formatDate, formatDateRange, formatHours, formatTime } from '../../email/format'
import { JOB_ROLE_LABELS } from '../../sessions/job-roles'
import type { DocumentFacts, ParticipantFacts, SlotFacts } from '../facts'
import { sessionHours } from '../facts'
import { fields, heading, paragraph, pdfText, smallPrint, type Pdf } from '../pdf'
import { NOT_RECORDED } from '../provider'

/** « n° QUA-1 délivrée par AFNOR, valable jusqu'au 31/12/2028 », or that it is not recorded. */
function qualiopiLine(p: DocumentFacts['provider']): string {
  if (!p.qualiopiCertificate) return NOT_RECORDED
  return [
    `n° ${p.qualiopiCertificate}`,
    p.qualiopiCertifier ? ` délivrée par ${p.qualiopiCertifier}` : '',
    p.qualiopiExpiresOn ? `, valable jusqu'au ${shortDate(p.qualiopiExpiresOn)}` : '',
  ].join('')
}

/** The provider's identity at the top of a document (name, SIRET, NDA, Qualiopi: mentions the OPCO checks), from its settings. */
export function providerHeader(doc: Pdf, facts: DocumentFacts): void {
  const p = facts.provider
  smallPrint(doc, p.name, { size: 9, bold: true })
  smallPrint(doc, `${p.address} · SIRET ${p.siret} · Déclaration d'activité n° ${p.nda}`)
  smallPrint(doc, `Certification Qualiopi : ${qualiopiLine(p)}`)
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

/** Dated and signed where the organisation is (its settings' town), by the person its settings name. */
export function signatureLine(doc: Pdf, facts: DocumentFacts, place = facts.provider.city ?? '…'): void {
  doc.moveDown(1)
  paragraph(doc, `Fait à ${place}, le ${dateFr(facts.asOf)}.`)
  paragraph(doc, `${facts.provider.signatory}, ${facts.provider.signatoryTitle}, pour ${facts.provider.name}`)
  paragraph(doc, "Cachet de l'organisme de formation :")
  doc.moveDown(3)
}
