import { toCsv } from './csv'
import type { RowError } from './rows'

export const ERROR_REPORT_HEADER = ['ligne', 'siret', 'nom', 'colonne', 'erreur'] as const

/** The per-row error report, one problem per line, in the file's line order: what the user fixes and re-imports. */
export function errorReportCsv(errors: readonly RowError[]): string {
  const sorted = [...errors].sort((a, b) => a.line - b.line)
  return toCsv([[...ERROR_REPORT_HEADER], ...sorted.map((e) => [e.line, e.siret, e.name, e.column, e.message])])
}
