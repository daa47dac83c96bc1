import { formatDateRange } from '../email/format'
import { JOB_ROLE_LABELS, isJobRole } from '../sessions/job-roles'
import { OFFER_LABELS } from '../sessions/survey-questions'
import { artifact, bullets, contentWidth, face, fields, heading, paragraph, pdfText, renderPdf, subheading, table, tagged, type Pdf } from '../documents/pdf'
import type { ReportContent } from './content'
import type { ScoreSummary } from './scores'

const pct = (x: number) => `${Math.round(x * 100)} %`
const dec = (x: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(x)

/** Horizontal bars (label, value), drawn with rectangles: the distribution reads at a glance on paper. */
function bars(doc: Pdf, rows: readonly { label: string; value: number }[]): void {
  const max = Math.max(1, ...rows.map((r) => r.value))
  const left = doc.page.margins.left
  const labelWidth = 150
  const barWidth = contentWidth(doc) - labelWidth - 40
  for (const row of rows) {
    if (doc.y + 16 > doc.page.height - doc.page.margins.bottom) doc.addPage()
    const y = doc.y
    const w = (row.value / max) * barWidth
    // The bar is decoration; the label and its value are the text (one paragraph: « Note 4 12 »).
    if (w > 0) artifact(doc, () => doc.rect(left + labelWidth, y + 1, w, 9).fillColor('#3b6ea5').fill())
    tagged(doc, 'P', () => {
      face(doc, 'regular', 9).fillColor('#000000').text(pdfText(row.label), left, y, { width: labelWidth - 6 })
      doc.text(String(row.value), left + labelWidth + w + 4, y, { lineBreak: false })
    })
    doc.x = left
    doc.y = y + 14
  }
  doc.moveDown(0.5)
}

function scores(doc: Pdf, title: string, s: ScoreSummary): void {
  subheading(doc, title)
  if (s.respondents === 0) return paragraph(doc, 'Aucune réponse.')
  fields(doc, [
    ['Répondants', String(s.respondents)],
    ['Note moyenne (sur 5)', dec(s.mean)],
    ['Satisfaits (4 ou 5)', pct(s.satisfiedRate)],
  ])
  bars(doc, s.distribution.map((value, i) => ({ label: `Note ${i + 1}`, value })))
  table(
    doc,
    [
      { header: 'Question', width: 0.4 },
      { header: 'Réponses', width: 0.15, align: 'right' },
      { header: 'Moyenne', width: 0.15, align: 'right' },
      { header: 'Répartition 1·2·3·4·5', width: 0.3 },
    ],
    s.questions.map((q) => [q.key, String(q.answers), dec(q.mean), q.distribution.join(' · ')]),
  )
}

const REPORT_SUBJECT = 'Bilan de session : présence, fonctions représentées, satisfaction, expression libre, réponse de la direction'

/** The session report (bilan): attendance, role mix, hot and cold scores, free text, facilitator, directors. */
/** `author`: the training provider's name (the organisation settings'), the PDF's Author. */
export function renderSessionReport(content: ReportContent, author?: string): Promise<Buffer> {
  const { parts, session } = content
  return renderPdf({ title: `Bilan de session · ${session.title}`, subject: REPORT_SUBJECT, createdAt: new Date(content.generatedAt), author }, (doc) => {
    heading(doc, 'Bilan de session')
    fields(doc, [
      ['Session', session.title],
      ['Dates', session.start && session.end ? formatDateRange('fr', new Date(session.start), new Date(session.end)) : undefined],
      ['Lieu', session.venue],
      ['Structures', Object.values(session.structures).join(', ')],
      ['Données arrêtées au', new Date(content.inputsAsOf).toISOString().slice(0, 16).replace('T', ' ') + ' UTC'],
    ])
    const a = parts.attendance
    subheading(doc, '1. Présence et heures')
    fields(doc, [
      ['Inscrits', String(a.enrolled)],
      ['Présents en totalité / partiellement / absents', `${a.attended} / ${a.partial} / ${a.noShow}`],
      ['Heures réalisées', `${dec(a.hoursAttended)} h sur ${dec(a.hoursDue)} h (${pct(a.attendanceRate)})`],
      ['Taux de complétion', pct(a.completionRate)],
    ])
    bars(doc, a.perSlot.map((s) => ({ label: `Demi-journée ${s.index + 1}`, value: s.signed })))
    subheading(doc, '2. Fonctions représentées')
    const roleRows = Object.entries(parts.roles.counts).map(([role, n]) => ({
      label: isJobRole(role) ? JOB_ROLE_LABELS[role].fr : role,
      value: n ?? 0,
    }))
    bars(doc, roleRows)
    paragraph(
      doc,
      parts.roles.missing.length
        ? `Fonctions attendues absentes : ${parts.roles.missing.map((r) => JOB_ROLE_LABELS[r].fr).join(', ')}.`
        : 'Toutes les fonctions attendues étaient représentées.',
    )
    scores(doc, '3. Satisfaction à chaud', parts.scores.hot)
    scores(doc, '4. Suivi à froid', parts.scores.cold)
    subheading(doc, '5. Expression libre des participants')
    if (parts.freeText.length) bullets(doc, parts.freeText.map((t) => `« ${t.text} » (${t.kind === 'hot' ? 'à chaud' : t.kind === 'cold' ? 'à froid' : t.kind})`))
    else paragraph(doc, 'Aucun commentaire.')
    subheading(doc, "6. Bilan de l'animateur")
    fields(doc, [['Réponses', String(parts.facilitator.respondents)], ['Note moyenne', dec(parts.facilitator.scores.mean)]])
    if (parts.facilitator.comments.length) bullets(doc, parts.facilitator.comments)
    subheading(doc, '7. Réponse de la direction : seconde formation')
    const offer = Object.entries(parts.director.offer)
    if (offer.length)
      bullets(
        doc,
        offer.map(([answer, n]) => `${Object.hasOwn(OFFER_LABELS, answer) ? OFFER_LABELS[answer as keyof typeof OFFER_LABELS].fr : answer} : ${n}`),
      )
    else paragraph(doc, 'Pas de réponse de la direction.')
    if (parts.director.comments.length) bullets(doc, parts.director.comments)
  })
}
