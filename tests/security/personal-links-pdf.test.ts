/**
 * Names typed with HTML/script (a participant, a structure, a session title) come out of every generated PDF as the
 * text that was typed: pdfkit draws text, nothing is interpreted, nothing is dropped or mangled.
 */
import { describe, expect, it } from '@jest/globals'
import { FILE_DOCUMENT_BUILDERS, type FileDocType } from '../../src/documents'
import { pdfText } from '../unit/documents/pdf-text'
import { sampleFacts } from '../unit/documents/sample-facts'

const SCRIPT = '<script>alert(1)</script>'
const IMG = '<img src=x onerror=alert(1)>'

/** PDF text extraction may break lines and spaces differently; compare with whitespace squeezed out. */
const squeeze = (s: string) => s.replace(/\s+/g, '')

describe('generated PDFs print hostile names as text', () => {
  const facts = sampleFacts()
  facts.participants[0] = { ...facts.participants[0], name: SCRIPT }
  facts.participants[1] = { ...facts.participants[1], name: IMG }
  facts.structure = { ...facts.structure, name: `CHRS ${IMG}` }

  // Each builder puts the participants' names on the page (one convocation / sheet line / certificate per person).
  const kinds: FileDocType[] = ['convocation', 'attendanceSheet', 'attestation', 'certificat', 'dpcPack']
  for (const kind of kinds) {
    it(kind, async () => {
      const { text } = await pdfText(await FILE_DOCUMENT_BUILDERS[kind](facts))
      expect(squeeze(text)).toContain(squeeze(SCRIPT))
      expect(squeeze(text)).toContain(squeeze(IMG))
    })
  }
})
