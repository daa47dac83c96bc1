import { APIError, type CollectionBeforeOperationHook, type CollectionConfig, type Field, type Where } from 'payload'
import { bilingual } from './messages'

/**
 * What Payload's REST handlers let through to the database and then crash on (a 500 instead of a clear 400),
 * refused before the operation starts, for every collection:
 * - a create or update whose body is not a JSON object (`true`, `"text"`, `[1, 2]`), or that gives a group a
 *   non-object or an array (or blocks) a non-list;
 * - list parameters given twice or not as numbers (`limit=a&limit=b`, `depth=x`), a sort that is not field names;
 * - a `where` with an operator the database adapter does not have (`near`, `all`… on SQLite), on a field that holds
 *   rows rather than a value (an array, a group, blocks), or with a list or an object where one value is expected
 *   (`where[id][equals]=a&where[id][equals]=b`).
 */
const refuse = (fr: string, en: string): never => {
  throw new APIError(bilingual(fr, en), 400, { code: 'invalid_input' }, true)
}

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const CONTAINERS = new Set(['array', 'group', 'blocks', 'tabs', 'row', 'collapsible'])

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isScalar = (value: unknown) => value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)

function topField(fields: readonly Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (field.type === 'row' || field.type === 'collapsible') {
      const inner = topField(field.fields, name)
      if (inner) return inner
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const inner = 'name' in tab && tab.name ? undefined : topField(tab.fields, name)
        if (inner) return inner
      }
    }
  }
  return undefined
}

/** A date filter needs dates, a number filter numbers (SQLite is handed `undefined` otherwise). */
function valuesFit(field: Field, value: unknown): boolean {
  if (field.type !== 'date' && field.type !== 'number') return true
  const values = Array.isArray(value) ? value : typeof value === 'string' && value.includes(',') ? value.split(',') : [value]
  return values.every((v) =>
    v === null || v === undefined || v === ''
      ? true
      : field.type === 'date'
        ? (typeof v === 'string' || v instanceof Date) && !Number.isNaN(new Date(v).getTime())
        : (typeof v === 'number' || typeof v === 'string') && Number.isFinite(Number(v)),
  )
}

function checkCondition(path: string, condition: unknown, fields: readonly Field[], operators: Record<string, unknown> | undefined): void {
  if (!isPlainObject(condition)) refuse(`Filtre « ${path} » mal formé`, `malformed filter "${path}"`)
  const field = topField(fields, path.split('.')[0])
  for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
    if (operators && !(operator in operators) && !GEO_OPERATORS.has(operator)) {
      refuse(`Opérateur « ${operator} » non pris en charge`, `operator "${operator}" is not supported`)
    }
    if (GEO_OPERATORS.has(operator) && (field?.type !== 'point' || (operators && !(operator in operators)))) {
      refuse(`Opérateur « ${operator} » réservé aux coordonnées géographiques`, `operator "${operator}" applies to geographic points only`)
    }
    if (field && CONTAINERS.has(field.type) && !path.includes('.')) {
      refuse(`Le champ « ${path} » ne peut pas servir de filtre tel quel`, `field "${path}" cannot be filtered on as a whole`)
    }
    if (field && operator !== 'exists' && !valuesFit(field, value)) {
      refuse(`Valeur du filtre « ${path} » : ${field.type === 'date' ? 'une date' : 'un nombre'} est attendu`, `filter "${path}": ${field.type === 'date' ? 'a date' : 'a number'} is expected`)
    }
    // A relationship to several collections cannot be filtered on (the SQLite query Payload builds for it fails,
    // with a bare id, on its `.value`, even with `exists`).
    if (field && 'relationTo' in field && Array.isArray(field.relationTo)) {
      refuse(
        `Filtre « ${path} » : ce champ relie plusieurs collections et ne peut pas servir de filtre`,
        `filter "${path}": this field links several collections and cannot be filtered on`,
      )
    }
    const fits = LIST_OPERATORS.has(operator) ? isScalar(value) || (Array.isArray(value) && value.every(isScalar)) : GEO_OPERATORS.has(operator) || isScalar(value)
    if (!fits) refuse(`Valeur du filtre « ${path} » (${operator}) mal formée`, `malformed value for filter "${path}" (${operator})`)
  }
}

function checkWhere(where: unknown, fields: readonly Field[], operators: Record<string, unknown> | undefined, depth = 0): void {
  if (where === undefined || where === null) return
  if (!isPlainObject(where) || depth > 8) refuse('Filtre « where » mal formé', 'malformed "where" filter')
  for (const [key, value] of Object.entries(where as Where)) {
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) refuse(`« ${key} » attend une liste de filtres`, `"${key}" expects a list of filters`)
      for (const inner of value as unknown[]) checkWhere(inner, fields, operators, depth + 1)
    } else checkCondition(key, value, fields, operators)
  }
}

/** Groups hold objects, arrays and blocks hold lists of objects: anything else crashes Payload's field walk. */
function checkShape(fields: readonly Field[], data: Record<string, unknown>, prefix: string, depth: number): void {
  if (depth > 12) refuse('Données trop imbriquées', 'data nested too deeply')
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      checkShape(field.fields, data, prefix, depth)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) checkNamed({ type: 'group', name: tab.name, fields: tab.fields } as Field, data, prefix, depth)
        else checkShape(tab.fields, data, prefix, depth)
      }
      continue
    }
    checkNamed(field, data, prefix, depth)
  }
}

const EXPECTED: Partial<Record<Field['type'], { fr: string; en: string }>> = {
  text: { fr: 'un texte', en: 'a text' },
  textarea: { fr: 'un texte', en: 'a text' },
  email: { fr: 'une adresse e-mail (texte)', en: 'an e-mail address (text)' },
  code: { fr: 'un texte', en: 'a text' },
  select: { fr: 'une des valeurs proposées', en: 'one of the offered values' },
  radio: { fr: 'une des valeurs proposées', en: 'one of the offered values' },
  date: { fr: 'une date (texte ISO 8601)', en: 'a date (ISO 8601 text)' },
  number: { fr: 'un nombre', en: 'a number' },
  checkbox: { fr: 'vrai ou faux', en: 'true or false' },
  relationship: { fr: 'un identifiant', en: 'an id' },
  upload: { fr: 'un identifiant', en: 'an id' },
}

const isId = (v: unknown) => typeof v === 'string' || typeof v === 'number' || (isPlainObject(v) && ('id' in v || 'value' in v))

/** The JSON type each value field takes (a list of them with hasMany); Payload's validators do not all check it. */
function scalarFits(field: Field, value: unknown): boolean {
  if (value === null) return true
  const one = (v: unknown): boolean => {
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
      case 'select':
      case 'radio':
        return typeof v === 'string'
      case 'date':
        return typeof v === 'string' && (v === '' || !Number.isNaN(new Date(v).getTime()))
      case 'number':
        // Payload turns "12" into 12 itself.
        return (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && (v.trim() === '' || Number.isFinite(Number(v))))
      case 'checkbox':
        return typeof v === 'boolean' || v === 'true' || v === 'false'
      case 'relationship':
      case 'upload':
        return isId(v)
      default:
        return true
    }
  }
  if ('hasMany' in field && field.hasMany) return Array.isArray(value) ? value.every(one) : one(value)
  return one(value)
}

function checkNamed(field: Field, data: Record<string, unknown>, prefix: string, depth: number): void {
  if (!('name' in field)) return
  const value = data[field.name]
  const path = `${prefix}${field.name}`
  // A group given null crashes Payload's walk as surely as a string does.
  if (value === undefined || (value === null && field.type !== 'group')) return
  if (!scalarFits(field, value)) refuse(`« ${path} » : ${EXPECTED[field.type]?.fr ?? 'valeur'} attendu`, `"${path}": ${EXPECTED[field.type]?.en ?? 'another value'} expected`)
  if (field.type === 'group') {
    if (!isPlainObject(value)) refuse(`« ${path} » : un objet est attendu`, `"${path}": an object is expected`)
    checkShape(field.fields, value as Record<string, unknown>, `${path}.`, depth + 1)
  }
  // The admin's form sends an array or blocks field left empty as its row count (0): Payload reads that itself.
  if ((field.type === 'array' || field.type === 'blocks') && value === 0) return
  if (field.type === 'array' || field.type === 'blocks') {
    if (!Array.isArray(value)) refuse(`« ${path} » : une liste est attendue`, `"${path}": a list is expected`)
    for (const [i, row] of (value as unknown[]).entries()) {
      if (!isPlainObject(row)) refuse(`« ${path}.${i} » : un objet est attendu`, `"${path}.${i}": an object is expected`)
      if (field.type === 'array') checkShape(field.fields, row as Record<string, unknown>, `${path}.${i}.`, depth + 1)
    }
  }
}

const isCount = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0) || (typeof value === 'string' && /^\d{1,9}$/.test(value))

/** depth, limit, page: one whole number each; sort: field names (`-name`, `a,b`). */
function checkListParameters(args: Record<string, unknown>): void {
  for (const name of ['depth', 'limit', 'page'] as const) {
    if (!isCount(args[name])) {
      const given = JSON.stringify(args[name])?.slice(0, 40) ?? String(args[name])
      refuse(`Paramètre « ${name} » : un nombre entier positif est attendu (reçu ${given})`, `"${name}" parameter: a whole number of 0 or more is expected (received ${given})`)
    }
  }
  const sort = args.sort
  const sorts = Array.isArray(sort) ? sort : sort === undefined || sort === null ? [] : [sort]
  if (!sorts.every((s) => typeof s === 'string' && /^(-?[\w.]{1,100}(,-?[\w.]{1,100})*)?$/.test(s))) {
    refuse('Paramètre « sort » : noms de champs attendus (ex. -createdAt)', '"sort" parameter: field names expected (e.g. -createdAt)')
  }
}

const checkInput: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  // The product's own Local API calls are trusted code; what comes from outside (REST, GraphQL) is checked.
  if (req.payloadAPI === 'local') return args
  const { data } = args as { data?: unknown }
  if ((operation === 'create' || operation === 'update') && data !== undefined && !isPlainObject(data)) {
    refuse('Le corps de la requête doit être un objet JSON', 'the request body must be a JSON object')
  }
  if ((operation === 'create' || operation === 'update') && isPlainObject(data)) checkShape(collection.fields, data, '', 0)
  // The query string as sent (hooks' own calls share the request, and pass their where and depth as code does).
  const query = (req.query ?? {}) as Record<string, unknown>
  checkListParameters(query)
  const operators = (req.payload.db as unknown as { operators?: Record<string, unknown> }).operators
  checkWhere(req.payloadAPI === 'REST' ? query.where : (args as { where?: unknown }).where, collection.fields, operators)
  return args
}

/** Every collection with the checks above run first among its beforeOperation hooks. */
export const withInputChecks = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [checkInput, ...(collection.hooks?.beforeOperation ?? [])] },
  }))
