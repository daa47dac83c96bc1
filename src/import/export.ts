import { STRUCTURE_COLUMNS, type ColumnKey } from './columns'
import { toCsv, type CsvCell } from './csv'

/** The stored fields an export reads (relations already resolved to the facilitator's e-mail and name). */
export interface ExportedStructure {
  siret: string
  name: string
  type: string
  departement: string
  commune: string
  postalCode?: string | null
  street?: string | null
  contactEmail?: string | null
  managingAssociation?: string | null
  idcc?: string | null
  headcountBand?: string | null
  region?: string | null
  opco?: string | null
  contactStatus?: string | null
  contactStatusChangedAt?: string | null
  lastContactAt?: string | null
  facilitatorEmail?: string | null
  facilitatorName?: string | null
}

/** Dates as ISO days: spreadsheets sort them, people read them. */
const day = (value: string | null | undefined): string => (value ? value.slice(0, 10) : '')

const cellOf = (s: ExportedStructure, key: ColumnKey): CsvCell => {
  if (key === 'contactStatusChangedAt' || key === 'lastContactAt') return day(s[key])
  return s[key] ?? ''
}

/** The canonical columns, in the documented order: an export imports back as it is. */
export function structuresCsv(structures: readonly ExportedStructure[]): string {
  return toCsv([STRUCTURE_COLUMNS.map((c) => c.header), ...structures.map((s) => STRUCTURE_COLUMNS.map((c) => cellOf(s, c.key)))])
}
