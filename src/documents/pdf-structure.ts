/**
 * The tagged structure of a generated PDF (PDF 1.7 §14.8): every piece of text belongs to a structure element
 * (H1, P, Table > TR > TD, L > LI > LBody…) in reading order, and every decoration (rules, boxes, bars, the page
 * footer) is an artifact. Screen readers, text extraction and a later conversion read the document through it.
 *
 * pdfkit builds the tree (`doc.struct`, `addStructure`); this keeps, per document, the element new content goes
 * under. A closure passed to `tagged` is drawn at once inside its marked content; `group` opens an element
 * that only holds other elements. pdfkit's rule: an artifact closes any marked content still open, so an artifact
 * is never drawn inside a `tagged` closure (`artifact` refuses, rather than leave an unbalanced content stream).
 */
type Doc = PDFKit.PDFDocument

interface StructureState {
  /** The open grouping elements, the document's root first. */
  stack: PDFKit.PDFStructureElement[]
  /** > 0 while a `tagged` closure draws. */
  drawing: number
}

const states = new WeakMap<Doc, StructureState>()

function state(doc: Doc): StructureState {
  const s = states.get(doc)
  if (!s) throw new Error('PDF sans structure : créez-le avec renderPdf. / Untagged PDF: create it with renderPdf.')
  return s
}

/** Starts the tree with its root element (`Document`). Called once by renderPdf. */
export function openStructure(doc: Doc): void {
  const root = doc.struct('Document')
  doc.addStructure(root)
  states.set(doc, { stack: [root], drawing: 0 })
}

/** Ends the tree; pdfkit writes it when the document ends. */
export function closeStructure(doc: Doc): void {
  const s = state(doc)
  for (const element of s.stack.reverse()) element.end()
  states.delete(doc)
}

/** Draws `draw` as the content of a new `type` element (P, H1, TD…) under the open group. */
export function tagged(doc: Doc, type: string, draw: () => void): void {
  const s = state(doc)
  const element = doc.struct(type, {}, [
    () => {
      s.drawing++
      try {
        draw()
      } finally {
        s.drawing--
      }
    },
  ])
  // Adding to an element already in the tree runs the closure now, inside its marked content.
  s.stack.at(-1)!.add(element)
  element.end()
}

/** Opens a `type` element (Sect, Div, Table, TR, L, LI…) whose children `fill` adds. */
export function group(doc: Doc, type: string, fill: () => void): void {
  const s = state(doc)
  const element = doc.struct(type)
  s.stack.at(-1)!.add(element)
  s.stack.push(element)
  try {
    fill()
  } finally {
    s.stack.pop()
    element.end()
  }
}

/** Draws decoration (a rule, a box, a bar, a repeated header, the page footer) outside the text's structure. */
export function artifact(doc: Doc, draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
  const s = states.get(doc)
  if (s && s.drawing > 0) throw new Error('Artefact dans un contenu balisé. / Artifact drawn inside tagged content.')
  doc.markContent('Artifact', { type })
  try {
    draw()
  } finally {
    doc.endMarkedContent()
  }
}
