import { HEADCOUNT_BANDS, STRUCTURE_TYPES } from '../../collections/structures/fields/options'
import { normalizeDepartement, validateDepartement } from '../validation/departements'
import { INVALID_EMAIL, isValidEmail, validateEmail } from '../validation/email'
import { normalizeIdcc, validateIdcc } from '../validation/idcc'
import { bilingual, REQUIRED } from '../validation/messages'
import { validatePostalCode } from '../validation/postal-code'
import { normalizeSiret, validateSiret } from '../validation/siret'
import { STRUCTURE_COLUMNS, normalizeHeader, type ColumnKey } from './columns'
import type { SheetRow } from './csv'
import type { HeaderMap } from './header'

/**
 * One valid line of the file. Optional columns hold a value only when the cell was filled: an empty cell leaves
 * the stored value as it is on a re-import (a partial file never erases data).
 */
export interface StructureRow {
  line: number
  siret: string
  name: string
  type: string
  departement: string
  commune: string
  postalCode?: string
  street?: string
  contactEmail?: string
  managingAssociation?: string
  idcc?: string
  headcountBand?: string
  facilitatorEmail?: string
}

/** One problem of one line, as the error report lists it. */
export interface RowError {
  line: number
  siret?: string
  name?: string
  column?: string
  message: string
}

const headerOf = (key: ColumnKey): string => STRUCTURE_COLUMNS.find((c) => c.key === key)?.header ?? key

/** Codes and labels (French, English, and the short form before " (" or " / ") all name a value. */
function lookupTable(labels: Record<string, { fr: string; en: string }>): Map<string, string> {
  const table = new Map<string, string>()
  for (const [code, { fr, en }] of Object.entries(labels)) {
    for (const name of [code, fr, en, fr.split(/ \(| \//)[0], en.split(/ \(| \//)[0]]) table.set(normalizeHeader(name), code)
  }
  return table
}
const TYPES = lookupTable(STRUCTURE_TYPES)
const BANDS = lookupTable(HEADCOUNT_BANDS)

const typeCodes = Object.keys(STRUCTURE_TYPES).join(', ')
const unknownType = (value: string) =>
  bilingual(`Type inconnu « ${value} » (attendu : ${typeCodes})`, `unknown type "${value}" (expected: ${typeCodes})`)
const unknownBand = (value: string) =>
  bilingual(
    `Effectif non reconnu « ${value} » (attendu : under-11, 11-49, 50-plus ou un nombre)`,
    `unrecognised headcount "${value}" (expected: under-11, 11-49, 50-plus or a number)`,
  )
const duplicateSiret = (line: number) =>
  bilingual(`SIRET déjà présent ligne ${line} du fichier`, `SIRET already on line ${line} of the file`)
const tooManyCells = (n: number, expected: number) =>
  bilingual(`${n} cellules pour ${expected} colonnes`, `${n} cells for ${expected} columns`)

/** A headcount as a band: its code or label, or a number of employees. */
function headcountBand(value: string): string | undefined {
  if (/^\d+$/.test(value)) {
    const n = Number(value)
    return n < 11 ? 'under-11' : n < 50 ? '11-49' : '50-plus'
  }
  return BANDS.get(normalizeHeader(value))
}

/** "4" is "04" (a spreadsheet dropped the zero); "13 - Bouches-du-Rhône" is "13". */
function departementCode(value: string): string {
  const code = value.match(/^([0-9]{1,3}|2[ABab])(?:\s*[-–—·:]\s*\S.*)?$/)?.[1] ?? value
  return normalizeDepartement(/^\d$/.test(code) ? `0${code}` : code)
}

/** A 4-digit postal code lost its leading zero in a spreadsheet (01000…09999). */
const postalCode = (value: string): string => (/^\d{4}$/.test(value) ? `0${value}` : value)

/** Checks one line; returns the row ready to store, or every problem found on it. */
export function validateRow(row: SheetRow, header: HeaderMap, width: number): { ok: true; row: StructureRow } | { ok: false; errors: RowError[] } {
  const cell = (key: ColumnKey): string => {
    const index = header[key]
    return index === undefined ? '' : (row.cells[index] ?? '').trim()
  }
  const siret = normalizeSiret(cell('siret'))
  const name = cell('name')
  const errors: RowError[] = []
  const fail = (key: ColumnKey, message: string) =>
    errors.push({ line: row.line, siret: siret || undefined, name: name || undefined, column: headerOf(key), message })
  const extra = row.cells.slice(width).some((c) => c.trim() !== '')
  if (extra) errors.push({ line: row.line, siret: siret || undefined, name: name || undefined, message: tooManyCells(row.cells.length, width) })

  const siretCheck = validateSiret(siret)
  if (siretCheck !== true) fail('siret', siretCheck)
  if (!name) fail('name', REQUIRED)
  const commune = cell('commune')
  if (!commune) fail('commune', REQUIRED)

  const rawType = cell('type')
  const type = TYPES.get(normalizeHeader(rawType))
  if (!rawType) fail('type', REQUIRED)
  else if (!type) fail('type', unknownType(rawType))

  const departement = departementCode(cell('departement'))
  const departementCheck = validateDepartement(departement)
  if (departementCheck !== true) fail('departement', cell('departement') ? departementCheck : REQUIRED)

  const optional: Partial<StructureRow> = {}
  const rawPostal = cell('postalCode')
  if (rawPostal) {
    const value = postalCode(rawPostal)
    const check = validatePostalCode(value)
    if (check === true) optional.postalCode = value
    else fail('postalCode', check)
  }
  const email = cell('contactEmail')
  if (email) {
    const check = validateEmail(email)
    if (check === true) optional.contactEmail = email
    else fail('contactEmail', check)
  }
  const idcc = cell('idcc')
  if (idcc) {
    const check = validateIdcc(idcc)
    if (check === true) optional.idcc = normalizeIdcc(idcc)
    else fail('idcc', check)
  }
  const band = cell('headcountBand')
  if (band) {
    const value = headcountBand(band)
    if (value) optional.headcountBand = value
    else fail('headcountBand', unknownBand(band))
  }
  const facilitator = cell('facilitatorEmail')
  if (facilitator) {
    if (isValidEmail(facilitator)) optional.facilitatorEmail = facilitator.toLowerCase()
    else fail('facilitatorEmail', INVALID_EMAIL)
  }
  if (cell('street')) optional.street = cell('street')
  if (cell('managingAssociation')) optional.managingAssociation = cell('managingAssociation')

  if (errors.length > 0 || !type) return { ok: false, errors }
  return { ok: true, row: { line: row.line, siret, name, type, departement, commune, ...optional } }
}

export interface ValidatedRows {
  valid: StructureRow[]
  errors: RowError[]
  /** Lines with at least one error. */
  rejected: number
}

/** Every data line checked; a SIRET given twice in the file is kept on its first line and refused on the others. */
export function validateRows(rows: SheetRow[], header: HeaderMap, width: number): ValidatedRows {
  const valid: StructureRow[] = []
  const errors: RowError[] = []
  const firstLine = new Map<string, number>()
  let rejected = 0
  for (const row of rows) {
    const result = validateRow(row, header, width)
    if (!result.ok) {
      errors.push(...result.errors)
      rejected++
      continue
    }
    const first = firstLine.get(result.row.siret)
    if (first !== undefined) {
      errors.push({ line: row.line, siret: result.row.siret, name: result.row.name, column: headerOf('siret'), message: duplicateSiret(first) })
      rejected++
      continue
    }
    firstLine.set(result.row.siret, row.line)
    valid.push(result.row)
  }
  return { valid, errors, rejected }
}
