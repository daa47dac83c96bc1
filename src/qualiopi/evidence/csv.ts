import { toCsv, type CsvCell } from '../../import/csv'
import { dayKey, formatTime } from '../../email/format'
import type { Bilingual, EvidencePart } from './types'

/**
 * The archive's CSV extracts are written by the importer's writer (src/import/csv: UTF-8 with BOM, ';', CRLF,
 * quoting, formula defusing), so French Excel opens them with a double click. Values read in Paris time.
 */

type DateInput = string | Date | null | undefined

const toDate = (value: DateInput): Date | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const d = value instanceof Date ? value : new Date(value)
  return Number.isNaN(d.getTime()) ? undefined : d
}

/** « 14/10/2013 » (Paris), or empty. */
export const day = (value: DateInput): string => {
  const d = toDate(value)
  return d ? dayKey(d).split('-').reverse().join('/') : ''
}

/** « 09:05 » (Paris), or empty. */
export const clock = (value: DateInput): string => {
  const d = toDate(value)
  return d ? formatTime('en', d) : ''
}

/** A decimal with a comma, as French spreadsheets read it: « 4,4 ». */
export const decimal = (n: number | null | undefined, digits = 1): string =>
  n === null || n === undefined || !Number.isFinite(n) ? '' : n.toFixed(digits).replace('.', ',')

/** A rate (0–1) as a percentage figure: « 91,7 ». */
export const percent = (rate: number | null | undefined): string => decimal(rate === null || rate === undefined ? rate : rate * 100)

/** One CSV extract of an indicator's folder; it counts its rows. */
export function csvPart(name: string, what: Bilingual, header: string[], rows: CsvCell[][]): EvidencePart {
  return { name, what, items: rows.length, entries: [{ path: name, content: toCsv([header, ...rows]) }] }
}

/** Rows in reading order: by the given columns, compared as French text. */
export function sortRows(rows: CsvCell[][], columns: readonly number[]): CsvCell[][] {
  const text = (row: CsvCell[], i: number) => String(row[i] ?? '')
  return [...rows].sort((a, b) => {
    for (const i of columns) {
      const c = text(a, i).localeCompare(text(b, i), 'fr')
      if (c !== 0) return c
    }
    return 0
  })
}
