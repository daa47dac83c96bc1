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

  it('numbers records by their first line whatever the line endings, a CRLF inside a quoted cell counting once', () => {
    const rows = cells('a;b\r\n"deux\r\nlignes";z\r\n\r\nx;y\rmac;os\n"trois\n\nlignes";w\nfin;.')
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['deux\r\nlignes', 'z'] },
      { line: 5, cells: ['x', 'y'] },
      { line: 6, cells: ['mac', 'os'] },
      { line: 7, cells: ['trois\n\nlignes', 'w'] },
      { line: 10, cells: ['fin', '.'] },
    ])
  })

  it('keeps a quote inside an unquoted cell as written, reads rows of any width and skips a byte order mark', () => {
    expect(cells('\uFEFFnom;ville\nLe 3" Lieu;Aix;en trop\nseul')).toEqual([
      { line: 1, cells: ['nom', 'ville'] },
      { line: 2, cells: ['Le 3" Lieu', 'Aix', 'en trop'] },
      { line: 3, cells: ['seul'] },
    ])
  })

  it('names the line the unclosed quote opened on, not the line its record starts on', () => {
    expect(parseCsv('a;b\n"x\ny";"il dit ""non\n2;3\n')).toEqual({
      ok: false,
      error: expect.stringContaining('guillemet ouvert ligne 3 et jamais refermé / malformed file: a quote opened on line 3'),
    })
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
