import { bilingual } from '../validation/messages'
import { STRUCTURE_COLUMNS, columnForHeader, type ColumnKey } from './columns'

/** Which cell index holds which column (only the columns the importer reads). */
export type HeaderMap = Partial<Record<ColumnKey, number>>

export type HeaderResult = { ok: true; map: HeaderMap } | { ok: false; error: string }

const expected = STRUCTURE_COLUMNS.filter((c) => c.imported)
  .map((c) => c.header)
  .join(', ')

/**
 * The header decides the whole file: an unknown column (a typo would silently drop a column of data), a column
 * given twice, or a required one missing refuses the file before anything is written.
 */
export function readHeader(cells: string[]): HeaderResult {
  const map: HeaderMap = {}
  const seen = new Set<ColumnKey>()
  const problems: string[] = []
  cells.forEach((raw, index) => {
    const header = raw.trim()
    if (header === '') return
    const column = columnForHeader(header)
    if (!column) {
      problems.push(bilingual(`colonne inconnue « ${header} »`, `unknown column "${header}"`))
      return
    }
    if (seen.has(column.key)) {
      problems.push(bilingual(`colonne « ${column.header} » en double`, `column "${column.header}" given twice`))
      return
    }
    seen.add(column.key)
    if (column.imported) map[column.key] = index
  })
  for (const column of STRUCTURE_COLUMNS) {
    if (column.required && !seen.has(column.key)) {
      problems.push(bilingual(`colonne obligatoire « ${column.header} » absente`, `required column "${column.header}" missing`))
    }
  }
  if (problems.length === 0) return { ok: true, map }
  return {
    ok: false,
    error: `${bilingual('En-tête invalide', 'invalid header')} (${problems.join(' ; ')}). ${bilingual(
      `Colonnes reconnues : ${expected}`,
      `known columns: ${expected}`,
    )}`,
  }
}
