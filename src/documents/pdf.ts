import PDFDocument from 'pdfkit'

/**
 * A thin layer over pdfkit shared by every generated document: A4, the built-in Helvetica (WinAnsi covers French
 * accents, no font file to ship, no network), a header with the training provider and a footer with the page.
 * Builders only call the helpers below, so every document looks alike.
 */
export type Pdf = PDFKit.PDFDocument

const MARGIN = 50

/**
 * Intl formats put narrow no-break spaces in dates and amounts; the standard fonts' WinAnsi encoding has no glyph
 * for them, so they become plain spaces (the text stays searchable).
 */
export const pdfText = (text: string): string => text.replace(/[\u202f\u2009\u2007]/g, ' ').replace(/\u00a0/g, ' ')

export interface PdfMeta {
  title: string
  /** Fixed creation date: the same inputs give the same document (a report can be reproduced). */
  createdAt: Date
  subject?: string
}

/** Renders a document into a Buffer. */
export function renderPdf(meta: PdfMeta, draw: (doc: Pdf) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    // pdfkit hashes every info entry into the file id: an undefined one would throw.
    info: {
      Title: pdfText(meta.title),
      ...(meta.subject ? { Subject: pdfText(meta.subject) } : {}),
      Producer: 'essaim',
      Creator: 'essaim',
      CreationDate: meta.createdAt,
    },
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  doc.font('Helvetica').fontSize(10)
  draw(doc)
  footer(doc, meta.title)
  doc.end()
  return done
}

/** « page n / N » and the title on every page, written once all pages exist. */
function footer(doc: Pdf, title: string): void {
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor('#666666')
      .text(pdfText(`${title} · page ${i + 1} / ${range.count}`), MARGIN, doc.page.height - 30, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      })
    doc.page.margins.bottom = bottom
  }
  doc.fillColor('#000000')
}

export const contentWidth = (doc: Pdf): number => doc.page.width - doc.page.margins.left - doc.page.margins.right

export function heading(doc: Pdf, text: string, size = 16): void {
  doc.font('Helvetica-Bold').fontSize(size).text(pdfText(text), { align: 'left' }).moveDown(0.4)
  doc.font('Helvetica').fontSize(10)
}

export function subheading(doc: Pdf, text: string): void {
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(11).text(pdfText(text)).moveDown(0.2)
  doc.font('Helvetica').fontSize(10)
}

export function paragraph(doc: Pdf, text: string, options: PDFKit.Mixins.TextOptions = {}): void {
  doc.font('Helvetica').fontSize(10).text(pdfText(text), options).moveDown(0.3)
}

/** « Label : value » lines, the label in bold. */
export function fields(doc: Pdf, rows: readonly (readonly [string, string | undefined])[]): void {
  for (const [label, value] of rows) {
    doc.font('Helvetica-Bold').fontSize(10).text(pdfText(`${label} : `), { continued: true })
    doc.font('Helvetica').text(pdfText(value && value.trim() ? value : '—'))
  }
  doc.moveDown(0.3)
}

export function bullets(doc: Pdf, items: readonly string[]): void {
  for (const item of items) doc.font('Helvetica').fontSize(10).text(pdfText(`•  ${item}`), { indent: 8 })
  doc.moveDown(0.3)
}

export interface Column {
  header: string
  /** Share of the content width (the shares of a table add up to 1). */
  width: number
  align?: 'left' | 'right' | 'center'
}

/** A ruled table; a new page repeats the header. Rows are plain strings (already formatted). */
export function table(doc: Pdf, columns: readonly Column[], rows: readonly (readonly string[])[], rowHeight = 18): void {
  const left = doc.page.margins.left
  const total = contentWidth(doc)
  const widths = columns.map((c) => c.width * total)
  const drawRow = (cells: readonly string[], bold: boolean) => {
    const height = Math.max(
      rowHeight,
      ...cells.map((cell, i) => doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).heightOfString(pdfText(cell), { width: widths[i] - 6 }) + 6),
    )
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage()
      if (!bold) drawRow(columns.map((c) => c.header), true)
    }
    const y = doc.y
    let x = left
    cells.forEach((cell, i) => {
      doc.rect(x, y, widths[i], height).lineWidth(0.5).strokeColor('#999999').stroke()
      doc
        .font(bold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(9)
        .fillColor('#000000')
        .text(pdfText(cell), x + 3, y + 3, { width: widths[i] - 6, align: columns[i].align ?? 'left' })
      x += widths[i]
    })
    doc.x = left
    doc.y = y + height
  }
  drawRow(
    columns.map((c) => c.header),
    true,
  )
  for (const row of rows) drawRow(row, false)
  doc.x = left
  doc.moveDown(0.5)
}

/** A signature box: who signs, and the recorded e-signature (or an empty box for a paper signature). */
export function signatureBox(doc: Pdf, label: string, signed?: string): void {
  const y = doc.y
  const width = contentWidth(doc) / 2
  doc.rect(doc.page.margins.left, y, width, 60).lineWidth(0.5).strokeColor('#999999').stroke()
  doc.font('Helvetica-Bold').fontSize(9).text(pdfText(label), doc.page.margins.left + 4, y + 4, { width: width - 8 })
  if (signed) doc.font('Helvetica').fontSize(9).text(pdfText(signed), { width: width - 8 })
  doc.x = doc.page.margins.left
  doc.y = y + 68
}

export function newPage(doc: Pdf): void {
  doc.addPage()
}
