import PDFDocument from 'pdfkit'
import { fontPath, type FontFace } from './fonts'
import { artifact, closeStructure, group, openStructure, tagged } from './pdf-structure'

/**
 * A thin layer over pdfkit shared by every generated document: A4, a header with the training provider and a
 * footer with the page. The documents are kept 6 to 10 years, so each is an archival PDF: PDF/A-2b (PDF 1.7, XMP
 * metadata, sRGB output intent), the DejaVu Sans faces embedded (./fonts), tagged (./pdf-structure) in French, with
 * its title, author and subject. Builders only call the helpers below, so every document looks alike and none
 * draws untagged text or names a non-embedded font.
 */
export type Pdf = PDFKit.PDFDocument

export { artifact, group, tagged } from './pdf-structure'

const MARGIN = 50

/**
 * Intl formats put narrow no-break spaces in dates and amounts; they become plain spaces so that the text a reader
 * copies or searches (« 12 h », « 1 250 € ») matches what people type.
 */
export const pdfText = (text: string): string => text.replace(/[\u202f\u2009\u2007]/g, ' ').replace(/\u00a0/g, ' ')

export interface PdfMeta {
  title: string
  /** Fixed creation date: the same inputs give the same document (a report can be reproduced). */
  createdAt: Date
  subject?: string
  /** Who issues the document (the training provider): the metadata's Author. */
  author?: string
}

/** Sets the face and size of the text drawn next (regular 10 pt by default). */
export function face(doc: Pdf, which: FontFace = 'regular', size = 10): Pdf {
  return doc.font(fontPath(which)).fontSize(size)
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * pdfkit copies the info strings into the XMP packet without escaping them: a title with « & » (« Culture &
 * usages numériques ») would make that XML invalid. The packet is written from escaped copies; the info dictionary,
 * written before, keeps the plain strings.
 */
function escapeXmpInfo(doc: Pdf): void {
  // _addInfo and info are pdfkit internals (lib/metadata.js), absent from its typings.
  const internals = doc as unknown as { _addInfo: () => void; info: Record<string, unknown> }
  const addInfo = internals._addInfo
  internals._addInfo = function (this: typeof internals) {
    const plain = this.info
    this.info = Object.fromEntries(Object.entries(plain).map(([k, v]) => [k, typeof v === 'string' ? escapeXml(v) : v]))
    try {
      addInfo.call(this)
    } finally {
      this.info = plain
    }
  }
}

/** Renders a document into a Buffer. */
export function renderPdf(meta: PdfMeta, draw: (doc: Pdf) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: 'fr-FR',
    displayTitle: true,
    // The first face is loaded by the constructor: never the standard (non-embedded) Helvetica.
    font: fontPath('regular'),
    // pdfkit hashes every info entry into the file id: an undefined one would throw.
    info: {
      Title: pdfText(meta.title),
      ...(meta.subject ? { Subject: pdfText(meta.subject) } : {}),
      ...(meta.author ? { Author: pdfText(meta.author) } : {}),
      Producer: 'essaim',
      Creator: 'essaim',
      CreationDate: meta.createdAt,
    },
  })
  escapeXmpInfo(doc)
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  openStructure(doc)
  face(doc)
  draw(doc)
  footer(doc, meta.title)
  closeStructure(doc)
  doc.end()
  return done
}

/** « page n / N » and the title on every page, written once all pages exist: pagination artifacts. */
function footer(doc: Pdf, title: string): void {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    artifact(
      doc,
      () =>
        face(doc, 'regular', 7)
          .fillColor('#666666')
          .text(pdfText(`${title} · page ${i + 1} / ${range.count}`), MARGIN, doc.page.height - 30, {
            width: doc.page.width - 2 * MARGIN,
            align: 'center',
            lineBreak: false,
          }),
      'Pagination',
    )
    doc.page.margins.bottom = bottom
  }
  doc.fillColor('#000000')
}

export const contentWidth = (doc: Pdf): number => doc.page.width - doc.page.margins.left - doc.page.margins.right

export function heading(doc: Pdf, text: string, size = 16): void {
  tagged(doc, 'H1', () => face(doc, 'bold', size).text(pdfText(text), { align: 'left' }))
  doc.moveDown(0.4)
  face(doc)
}

export function subheading(doc: Pdf, text: string): void {
  doc.moveDown(0.5)
  tagged(doc, 'H2', () => face(doc, 'bold', 11).text(pdfText(text)))
  doc.moveDown(0.2)
  face(doc)
}

export function paragraph(doc: Pdf, text: string, options: PDFKit.Mixins.TextOptions = {}): void {
  tagged(doc, 'P', () => face(doc).text(pdfText(text), options))
  doc.moveDown(0.3)
}

/** « Label : value » lines, the label in bold. */
export function fields(doc: Pdf, rows: readonly (readonly [string, string | undefined])[]): void {
  group(doc, 'Div', () => {
    for (const [label, value] of rows) {
      tagged(doc, 'P', () => {
        face(doc, 'bold').text(pdfText(`${label} : `), { continued: true })
        face(doc).text(pdfText(value && value.trim() ? value : '—'))
      })
    }
  })
  doc.moveDown(0.3)
}

/** A line of small print (the provider's identity above a title); `bold` for a name. */
export function smallPrint(doc: Pdf, text: string, { size = 8, bold = false }: { size?: number; bold?: boolean } = {}): void {
  tagged(doc, 'P', () => face(doc, bold ? 'bold' : 'regular', size).text(pdfText(text)))
  face(doc)
}

export function bullets(doc: Pdf, items: readonly string[]): void {
  group(doc, 'L', () => {
    for (const item of items) {
      group(doc, 'LI', () => tagged(doc, 'LBody', () => face(doc).text(pdfText(`•  ${item}`), { indent: 8 })))
    }
  })
  doc.moveDown(0.3)
}

export interface Column {
  header: string
  /** Share of the content width (the shares of a table add up to 1). */
  width: number
  align?: 'left' | 'right' | 'center'
}

/**
 * A ruled table (Table > TR > TH/TD); a new page repeats the header, as a pagination artifact (the table has one
 * header row). Rows are plain strings (already formatted).
 */
export function table(doc: Pdf, columns: readonly Column[], rows: readonly (readonly string[])[], rowHeight = 18): void {
  const left = doc.page.margins.left
  const total = contentWidth(doc)
  const widths = columns.map((c) => c.width * total)
  const headers = columns.map((c) => c.header)
  const heightOf = (cells: readonly string[], header: boolean) =>
    Math.max(rowHeight, ...cells.map((cell, i) => face(doc, header ? 'bold' : 'regular', 9).heightOfString(pdfText(cell), { width: widths[i] - 6 }) + 6))
  // One row at the current y: the rules as artifacts, each cell's text as `cell` (TH, TD) or, repeated, untagged.
  const drawRow = (cells: readonly string[], header: boolean, cell: 'TH' | 'TD' | undefined) => {
    const height = heightOf(cells, header)
    const y = doc.y
    let x = left
    cells.forEach((text, i) => {
      const cellX = x
      artifact(doc, () => doc.rect(cellX, y, widths[i], height).lineWidth(0.5).strokeColor('#999999').stroke())
      const write = () =>
        face(doc, header ? 'bold' : 'regular', 9)
          .fillColor('#000000')
          .text(pdfText(text), cellX + 3, y + 3, { width: widths[i] - 6, align: columns[i].align ?? 'left' })
      if (cell) tagged(doc, cell, write)
      else artifact(doc, write, 'Pagination')
      x += widths[i]
    })
    doc.x = left
    doc.y = y + height
  }
  const fits = (height: number) => doc.y + height <= doc.page.height - doc.page.margins.bottom
  if (!fits(heightOf(headers, true) + rowHeight)) doc.addPage()
  group(doc, 'Table', () => {
    group(doc, 'TR', () => drawRow(headers, true, 'TH'))
    for (const row of rows) {
      if (!fits(heightOf(row, false))) {
        doc.addPage()
        drawRow(headers, true, undefined)
      }
      group(doc, 'TR', () => drawRow(row, false, 'TD'))
    }
  })
  doc.x = left
  doc.moveDown(0.5)
}

/** A signature box: who signs, and the recorded e-signature (or an empty box for a paper signature). */
export function signatureBox(doc: Pdf, label: string, signed?: string): void {
  const y = doc.y
  const left = doc.page.margins.left
  const width = contentWidth(doc) / 2
  artifact(doc, () => doc.rect(left, y, width, 60).lineWidth(0.5).strokeColor('#999999').stroke())
  group(doc, 'Div', () => {
    tagged(doc, 'P', () => face(doc, 'bold', 9).text(pdfText(label), left + 4, y + 4, { width: width - 8 }))
    if (signed) tagged(doc, 'P', () => face(doc, 'regular', 9).text(pdfText(signed), { width: width - 8 }))
  })
  doc.x = left
  doc.y = y + 68
}

export function newPage(doc: Pdf): void {
  doc.addPage()
}
