import { bilingual } from '../validation/messages'
import { parseCsv, type SheetResult } from './csv'
import { decodeUtf8 } from './decode'
import { readHeader } from './header'
import { validateRows, type RowError, type StructureRow } from './rows'
import { isZip, readXlsx } from './xlsx'

export type FileFormat = 'csv' | 'xlsx'

/** A file that can be imported: its valid rows, and the problems of the others. */
export interface ParsedFile {
  ok: true
  format: FileFormat
  /** Data lines in the file (the header and blank lines not counted). */
  total: number
  valid: StructureRow[]
  errors: RowError[]
  rejected: number
}

/** A file refused whole: nothing of it is stored. */
export interface RefusedFile {
  ok: false
  format?: FileFormat
  error: string
}

export const EMPTY_FILE = bilingual('Le fichier est vide', 'the file is empty')
export const NO_DATA = bilingual('Le fichier ne contient que l’en-tête', 'the file holds a header and no data')

/** The format by content first (an .xlsx is a zip whatever its name), then by name. */
export const formatOf = (bytes: Uint8Array, filename = ''): FileFormat =>
  isZip(bytes) || /\.xlsx$/i.test(filename) ? 'xlsx' : 'csv'

async function readSheet(bytes: Uint8Array, format: FileFormat): Promise<SheetResult> {
  if (format === 'xlsx') return readXlsx(bytes)
  const decoded = decodeUtf8(bytes)
  return decoded.ok ? parseCsv(decoded.text) : decoded
}

/**
 * Reads and checks a whole structures file before anything is written: a file-level problem (encoding, broken
 * quoting, bad header, no data) refuses it whole; row problems are collected line by line.
 */
export async function parseStructureFile(bytes: Uint8Array, filename?: string): Promise<ParsedFile | RefusedFile> {
  if (bytes.length === 0) return { ok: false, error: EMPTY_FILE }
  const format = formatOf(bytes, filename)
  const sheet = await readSheet(bytes, format)
  if (!sheet.ok) return { ok: false, format, error: sheet.error }
  const [head, ...data] = sheet.rows
  if (!head) return { ok: false, format, error: EMPTY_FILE }
  const header = readHeader(head.cells)
  if (!header.ok) return { ok: false, format, error: header.error }
  if (data.length === 0) return { ok: false, format, error: NO_DATA }
  const { valid, errors, rejected } = validateRows(data, header.map, head.cells.length)
  return { ok: true, format, total: data.length, valid, errors, rejected }
}
