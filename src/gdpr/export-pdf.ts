import { fields, heading, paragraph, renderPdf, subheading } from '../documents/pdf'
import type { PersonalDataExport } from './collect'

const SKIP = new Set(['id'])

/** A value as one readable line: dates and texts as they are, nested values as compact JSON. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

const rowsOf = (record: Record<string, unknown>): [string, string][] =>
  Object.entries(record)
    .filter(([k]) => !SKIP.has(k))
    .map(([k, v]) => [k, show(v)])

/**
 * The export as a readable document: the person's record, then one part per kind of record (each record as
 * « field : value » lines, its id first), then the retention periods. The JSON export holds exactly the same.
 */
export function personalDataPdf(data: PersonalDataExport, author: string): Promise<Buffer> {
  const title = `Données personnelles / Personal data · ${data.subject.type} ${data.subject.id}`
  // Built as a variable: the PDF metadata's fields are being extended by the documents' owners.
  const meta = { title, createdAt: new Date(data.generatedAt), subject: 'RGPD art. 15 / GDPR art. 15', author }
  return renderPdf(meta, (doc) => {
    heading(doc, 'Export des données personnelles / Personal data export')
    paragraph(doc, `Établi le / generated on ${data.generatedAt}`)
    subheading(doc, data.subject.type === 'participant' ? 'Fiche participant / Participant record' : 'Compte / Account')
    fields(doc, [['id', data.subject.id], ...rowsOf(data.record)])
    for (const section of data.sections) {
      subheading(doc, `${section.label.fr} / ${section.label.en} (${section.records.length})`)
      if (section.records.length === 0) paragraph(doc, 'Aucun / none')
      for (const record of section.records) fields(doc, [['id', show(record.id)], ...rowsOf(record)])
    }
    subheading(doc, 'Durées de conservation / Retention periods')
    for (const r of data.retention) paragraph(doc, `${r.kind}: ${r.months} mois / months from ${r.from}. ${r.basis}`)
  })
}
