import { bilingual } from '../validation/messages'

/** One record of a sheet: its cells and the line (CSV) or row (XLSX) it starts on, as the user sees it. */
export interface SheetRow {
  line: number
  cells: string[]
}

export type SheetResult = { ok: true; rows: SheetRow[] } | { ok: false; error: string }

const DELIMITERS = [';', ',', '\t'] as const

/**
 * French spreadsheets export with ';' (the comma is the decimal separator), others with ',': the header line
 * decides, by which delimiter it holds most of (outside quotes).
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? ''
  const counts = DELIMITERS.map((d) => ({ d, n: firstLine.replace(/"[^"]*"/g, '').split(d).length - 1 }))
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a))
  return best.n > 0 ? best.d : ';'
}

/**
 * RFC 4180 records: quoted cells may hold the delimiter, quotes ("") and line breaks. A quote left open swallows
 * the rest of the file, so it is a file error (nothing can be trusted after it), not a row error.
 * Blank records (trailing empty lines, a row of empty cells) are dropped.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): SheetResult {
  const rows: SheetRow[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  let quoteOpenedOn = 0
  const endCell = () => {
    cells.push(cell)
    cell = ''
  }
  const endRecord = () => {
    endCell()
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: recordLine, cells })
    cells = []
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++
        cell += ch
      }
      continue
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true
      quoteOpenedOn = line
      cell = ''
    } else if (ch === delimiter) endCell()
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRecord()
      line++
      recordLine = line
    } else cell += ch
  }
  if (quoted) {
    return {
      ok: false,
      error: bilingual(
        `Fichier mal formé : guillemet ouvert ligne ${quoteOpenedOn} et jamais refermé`,
        `malformed file: a quote opened on line ${quoteOpenedOn} is never closed`,
      ),
    }
  }
  if (cell !== '' || cells.length > 0) endRecord()
  return { ok: true, rows }
}

export type CsvCell = string | number | null | undefined

const needsQuotes = (value: string, delimiter: string) =>
  value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r')

/** A cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with a quote (CSV injection). */
function safeCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return /^[=+\-@\t\r]/.test(text) && typeof value !== 'number' ? `'${text}` : text
}

/**
 * Writes CSV for French spreadsheets: ';' between cells, CRLF between records and a UTF-8 byte order mark, so
 * that Excel opens accents correctly with a double click. The importer reads this format back.
 */
export function toCsv(rows: CsvCell[][], delimiter = ';'): string {
  const body = rows
    .map((row) =>
      row
        .map(safeCell)
        .map((v) => (needsQuotes(v, delimiter) ? `"${v.replace(/"/g, '""')}"` : v))
        .join(delimiter),
    )
    .join('\r\n')
  return `\uFEFF${body}\r\n`
}
