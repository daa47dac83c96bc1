import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import type { Programme } from '../../../src/payload-types'
import { bilingual } from '../../../src/validation/messages'
import { slugify } from '../../../src/validation/slug'
import { federationIdsOf } from '../../shared/access/federation-scope'
import { relationId } from '../../shared/relation-ids'

type Data = Record<string, unknown>

/** The facts an edition takes from its template when it states none; its identity (title, slug) is handled apart. */
const INHERITED = [
  'summary',
  'objectives',
  'audience',
  'prerequisites',
  'durationHours',
  'durationDays',
  'accessDelay',
  'methods',
  'evaluation',
  'accessibility',
  'price',
  'contacts',
] as const

const NOT_NATIONAL = bilingual(
  'Une édition dérive d’un programme national (sans fédération) : choisissez-en un',
  'an edition derives from a national programme (one without a federation): choose one',
)

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)

/** Array rows copied into another document get new row ids: row ids are primary keys of the array tables. */
const withoutRowIds = (value: unknown): unknown =>
  Array.isArray(value) ? value.map((row) => (row && typeof row === 'object' ? { ...(row as Data), id: undefined } : row)) : value

/**
 * The national programme an edition names, read whole (the writer may read it: reference scope); refused when it
 * is a federation's edition itself, since protections come from the national template only.
 */
export async function loadTemplate(req: PayloadRequest, id: string, collection: string): Promise<Programme | null> {
  const template = await req.payload.findByID({ collection: 'programmes', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (template && relationId(template.federation))
    throw new ValidationError({ collection, errors: [{ path: 'template', message: NOT_NATIONAL }], req }, req.t)
  return template
}

/** An edition's URL key when it gives none: the template's, followed by its federation's (the writer's only one). */
async function editionSlug(req: PayloadRequest, data: Data, template: Programme): Promise<string> {
  const federationId = relationId(data.federation) ?? (federationIdsOf(req).length === 1 ? federationIdsOf(req)[0] : undefined)
  const federation = federationId
    ? await req.payload.findByID({ collection: 'federations', id: federationId, depth: 0, overrideAccess: true, disableErrors: true, req })
    : null
  const suffix = federation?.slug ?? federation?.name ?? (typeof data.edition === 'string' ? data.edition : Date.now().toString(36))
  return slugify(`${template.slug ?? template.title}-${suffix}`)
}

/**
 * Creating an edition from a template: it starts as the template, modules first (each copy remembers the template's
 * module it comes from: hooks/keep-template-modules), every fact it leaves empty taken from the template. Runs before
 * the field hooks, so defaults (21 hours…) do not count as facts the edition gave, and the slug is not the template's.
 */
export const inheritTemplate: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'create') return args
  const data = (args as { data?: Data }).data
  const templateId = relationId(data?.template)
  if (!data || !templateId) return args
  const template = await loadTemplate(req, templateId, collection.slug)
  if (!template) return args
  const copy: Data = {}
  if (isEmpty(data.modules))
    copy.modules = (template.modules ?? []).map(({ id, ...module }) => ({ ...module, templateModule: id ?? null }))
  for (const key of INHERITED) if (isEmpty(data[key]) && !isEmpty(template[key])) copy[key] = withoutRowIds(template[key])
  if (isEmpty(data.title)) copy.title = template.title
  if (isEmpty(data.slug) && isEmpty(data.title)) copy.slug = await editionSlug(req, data, template)
  return { ...args, data: { ...data, ...copy } }
}
