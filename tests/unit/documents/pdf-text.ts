import { PDFParse } from 'pdf-parse'

/**
 * pdf.js refuses to run when Array.prototype has enumerable extras, which a library loaded with Payload adds
 * in the integration tests; hiding them from for…in (value kept) lets the extractor run.
 */
function hideArrayExtras(): void {
  for (const key in Array.prototype) Object.defineProperty(Array.prototype, key, { enumerable: false })
}

/** The text of a PDF, whitespace folded, for "contains this fact" assertions; fails on a non-PDF. */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  hideArrayExtras()
  const parser = new PDFParse({ data: new Uint8Array(pdf) })
  try {
    const result = await parser.getText()
    return { text: result.text.replace(/\s+/g, ' '), pages: result.total }
  } finally {
    await parser.destroy()
  }
}
