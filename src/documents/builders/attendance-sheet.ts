import type { AttendanceMark, DocumentFacts } from '../facts'
import { fields, newPage, paragraph, renderPdf, table } from '../pdf'
import { dateFr, hoursFr, roleFr, shortDate, slotLabel, timeFr, titleBlock } from './common'

const hoursOf = (start: Date, end: Date) => (end.getTime() - start.getTime()) / 3_600_000

function signatureCell(mark: AttendanceMark | undefined): string {
  if (!mark) return 'Non signé'
  if (mark.status === 'absent') return 'Absent·e'
  const how = mark.method === 'paper-scan' ? 'feuille papier numérisée' : 'signature électronique'
  return mark.signedAt ? `Signé le ${shortDate(mark.signedAt)} à ${timeFr(mark.signedAt)} (${how})` : `Signé (${how})`
}

/**
 * The attendance sheet (feuille d'émargement, Code du travail R6332-26): one page per half-day with the module,
 * the hours, every participant's signature and the facilitator's countersignature.
 */
export function buildAttendanceSheets(facts: DocumentFacts): Promise<Buffer> {
  return renderPdf({ title: `Émargement · ${facts.session.title}`, createdAt: facts.asOf, author: facts.provider.name }, (doc) => {
    facts.session.slots.forEach((slot, i) => {
      if (i > 0) newPage(doc)
      titleBlock(doc, facts, "Feuille d'émargement")
      fields(doc, [
        ['Action', facts.programme.title],
        ['Demi-journée', `${i + 1} / ${facts.session.slots.length} · ${slotLabel(slot)}`],
        ['Durée de la demi-journée', hoursFr(hoursOf(slot.start, slot.end))],
        ['Lieu', facts.session.venueName],
        ['Formateur·rice(s)', facts.session.facilitators.join(', ')],
      ])
      const marks = facts.participants.map((p) => p.marks.find((m) => m.slotIndex === slot.index))
      table(
        doc,
        [
          { header: 'Participant·e', width: 0.28 },
          { header: 'Fonction', width: 0.2 },
          { header: 'Heures', width: 0.1, align: 'right' },
          { header: 'Signature', width: 0.42 },
        ],
        facts.participants.map((p, j) => [
          p.name,
          roleFr(p),
          marks[j]?.status === 'signed' ? hoursFr(hoursOf(slot.start, slot.end)) : '0',
          signatureCell(marks[j]),
        ]),
      )
      const countersigned = marks.find((m) => m?.countersignedAt)?.countersignedAt
      paragraph(
        doc,
        countersigned
          ? `Contresigné par le formateur (${facts.session.facilitators.join(', ')}) le ${dateFr(countersigned)} à ${timeFr(countersigned)}.`
          : 'Contreseing du formateur : en attente.',
      )
    })
  })
}
