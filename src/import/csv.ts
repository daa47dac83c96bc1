import { CsvError, parse } from 'csv-parse/sync'
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
 * decides, by which delimiter it holds most of (outside quotes). Kept rather than csv-parse's `delimiter_auto`,
 * which scores every character over the first 2 KB and prefers ',' to ';'.
 */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? ''
  const counts = DELIMITERS.map((d) => ({ d, n: firstLine.replace(/"[^"]*"/g, '').split(d).length - 1 }))
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a))
  return best.n > 0 ? best.d : ';'
}

const lineBreaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0

/**
 * The line of the quote csv-parse found never closed. After that quote, the rest of the file holds quotes only
 * as "" pairs (with `relax_quotes`, any other quote ends the quoted cell), and the quote itself follows a
 * delimiter or a line break: it is the first quote of the last run of quotes of odd length.
 */
function unclosedQuoteLine(text: string): number {
  let end = text.length
  while (end > 0) {
    const close = text.lastIndexOf('"', end - 1)
    if (close < 0) break
    let open = close
    while (open > 0 && text[open - 1] === '"') open--
    if ((close - open + 1) % 2 === 1) return lineBreaks(text.slice(0, open)) + 1
    end = open
  }
  return lineBreaks(text) + 1
}

/**
 * RFC 4180 records, read by csv-parse: quoted cells may hold the delimiter, quotes ("") and line breaks, and
 * records may end with CRLF, LF or CR, mixed. A quote inside an unquoted cell is kept as written. A quote left
 * open swallows the rest of the file, so it is a file error (nothing can be trusted after it), not a row error.
 * Blank records (empty lines, a row of empty cells) are dropped. Each record keeps the line it starts on, counted
 * here from its raw text (a CRLF counts once, whole or, at a record's end, kept by csv-parse as its \r alone):
 * csv-parse's own `info.lines` counts a CRLF inside a quoted cell as two lines.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): SheetResult {
  let records: { record: string[]; raw: string }[]
  try {
    // With `raw`, csv-parse returns { record, raw } objects; its typings still describe plain records.
    records = parse(text, {
      delimiter,
      bom: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      raw: true,
    }) as unknown as { record: string[]; raw: string }[]
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      const line = unclosedQuoteLine(text)
      return {
        ok: false,
        error: bilingual(
          `Fichier mal formé : guillemet ouvert ligne ${line} et jamais refermé`,
          `malformed file: a quote opened on line ${line} is never closed`,
        ),
      }
    }
    const line = typeof error.lines === 'number' ? error.lines : 1
    return {
      ok: false,
      error: bilingual(`Fichier mal formé ligne ${line} (${error.code})`, `malformed file on line ${line} (${error.code})`),
    }
  }
  const rows: SheetRow[] = []
  let nextLine = 1
  for (const { record: cells, raw } of records) {
    const line = nextLine
    nextLine += lineBreaks(raw)
    if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells })
  }
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
