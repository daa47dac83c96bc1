import ExcelJS from 'exceljs'
import { bilingual } from '../validation/messages'
import type { SheetResult, SheetRow } from './csv'

export const NOT_XLSX = bilingual(
  'Classeur illisible : attendu un fichier Excel .xlsx (les anciens .xls ne sont pas lus ; enregistrez au format .xlsx ou CSV UTF-8)',
  'unreadable workbook: an Excel .xlsx file is expected (old .xls files are not read; save as .xlsx or CSV UTF-8)',
)

export const NO_SHEET = bilingual('Le classeur ne contient aucune feuille', 'the workbook has no worksheet')

/** "PK\x03\x04": every .xlsx is a zip archive. */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/**
 * A cell as the user reads it. SIRETs typed in Excel are numbers (14 digits stay exact in a double); e-mails are
 * often hyperlinks; formulas count by their result; dates are written as ISO days.
 */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value)
  if (typeof value === 'string' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue)
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
  if ('error' in value) return ''
  return ''
}

/** The first worksheet's rows, numbered as Excel numbers them (1 = the header). Empty rows are dropped. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetResult> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  } catch {
    return { ok: false, error: NOT_XLSX }
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return { ok: false, error: NO_SHEET }
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    // row.values is 1-based (index 0 is empty).
    const values = Array.isArray(row.values) ? row.values.slice(1) : []
    const cells = Array.from(values, (v) => cellText(v as ExcelJS.CellValue))
    if (cells.some((c) => c.trim() !== '')) rows.push({ line, cells })
  })
  return { ok: true, rows }
}
