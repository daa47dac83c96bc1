import { describe, expect, it } from '@jest/globals'
import { detectDelimiter, parseCsv, toCsv } from '../../../src/import/csv'
import { decodeUtf8 } from '../../../src/import/decode'

const cells = (text: string) => {
  const result = parseCsv(text)
  if (!result.ok) throw new Error(result.error)
  return result.rows
}

describe('CSV reading', () => {
  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('siret;nom;type\n1,2;3;4')).toBe(';')
    expect(detectDelimiter('siret,nom,type')).toBe(',')
    expect(detectDelimiter('siret\tnom\ttype')).toBe('\t')
    expect(detectDelimiter('"a;b",c,d')).toBe(',')
  })

  it('reads quoted cells with delimiters, quotes and line breaks, and numbers records by their first line', () => {
    const rows = cells('a;b\r\n"x;y";"il a dit ""oui"""\n"deux\nlignes";z\n\n;\nlast;row')
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x;y', 'il a dit "oui"'] },
      { line: 3, cells: ['deux\nlignes', 'z'] },
      { line: 7, cells: ['last', 'row'] },
    ])
  })

  it('refuses a file whose quote is never closed, naming the line', () => {
    expect(parseCsv('a;b\n1;"open\n2;3')).toEqual({ ok: false, error: expect.stringContaining('guillemet ouvert ligne 2') })
  })

  it('writes CSV that Excel opens (BOM, ;) and that reads back the same', () => {
    const csv = toCsv([
      ['siret', 'nom'],
      ['12345678900012', 'Le "Phare"; Marseille'],
      [null, 'ligne\nsuivante'],
    ])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const decoded = decodeUtf8(new TextEncoder().encode(csv))
    expect(decoded.ok && cells(decoded.text).map((r) => r.cells)).toEqual([
      ['siret', 'nom'],
      ['12345678900012', 'Le "Phare"; Marseille'],
      ['', 'ligne\nsuivante'],
    ])
  })

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv([['=HYPERLINK("x")', '+33 4', 42]])).toBe('\uFEFF"\'=HYPERLINK(""x"")";\'+33 4;42\r\n')
  })
})

describe('encoding', () => {
  it('accepts UTF-8 (with or without BOM) and refuses anything else with the way to fix it', () => {
    expect(decodeUtf8(new TextEncoder().encode('\uFEFFcafé'))).toEqual({ ok: true, text: 'café' })
    expect(decodeUtf8(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toEqual({ ok: false, error: expect.stringContaining('CSV UTF-8') })
    expect(decodeUtf8(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ ok: false, error: expect.stringContaining('binaire') })
  })
})
