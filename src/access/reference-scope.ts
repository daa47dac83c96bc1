import {
  Forbidden,
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
} from 'payload'
import { resultingDoc } from '../../collections/shared/hooks/resulting-doc'
import { relationId } from '../../collections/shared/relation-ids'
import { bilingual, type FieldProblem } from '../validation/messages'
import { collectReferences, type BilingualLabel, type Reference } from './reference-scope-fields'
import { RECHECK_WHEN_CHANGED, rulesFor, TARGET_NAMES, type ScopeContext } from './reference-scope-rules'
import { hasRole } from './roles'

/**
 * Relationship scope (issue 16): every relationship or upload that a signed-in non-admin sets must point at a
 * document they may read through its collection's own read access (so: of their structure, their ERIC space,
 * their sessions… as each collection's access says), and pass the state rules of its field
 * (reference-scope-rules.ts). Checked once per create/update, before any hook or field access runs, on the
 * REST, GraphQL and Local API paths alike; a refusal is a 400 naming the field by its label, in French and
 * English, and nothing is written. Only ids that the write adds are checked: a value the document already holds
 * was set by someone allowed to (staff, the system) and may be sent back unchanged — unless the write changes a
 * field its rule reads (RECHECK_WHEN_CHANGED: a file moved to another structure keeps a session open to it).
 *
 * Not checked: system writes (no user, or `overrideAccess: true`: jobs, seeds, the move service, hooks writing
 * with the request). Admins may name any target that exists (they repair); one that does not is refused the same way,
 * rather than fail on the database's foreign key. `filterOptions` only shapes the admin's pickers.
 */

type Doc = Record<string, unknown>

const isDoc = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A refused reference: Payload's ValidationError names the field by `label` in the request's language. */
export interface ReferenceProblem extends FieldProblem {
  label: BilingualLabel
}

const key = (r: Pick<Reference, 'collection' | 'id'> & { path: string }) => `${r.path}|${r.collection}|${r.id}`

/** The targets among `ids` that this user may read, by id. */
async function readableTargets(req: PayloadRequest, collection: string, ids: string[]): Promise<Map<string, Doc>> {
  if (!req.payload.collections[collection as CollectionSlug]) return new Map()
  try {
    const { docs } = await req.payload.find({
      collection: collection as CollectionSlug,
      where: { id: { in: ids } },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return new Map(docs.map((d) => [String(d.id), d as unknown as Doc]))
  } catch (error) {
    // No read access to the collection at all: none of its documents is in scope (the refusal names the field).
    if (error instanceof Forbidden) return new Map()
    throw error
  }
}

const targetName = (req: PayloadRequest, collection: string) => {
  const known = TARGET_NAMES[collection]
  if (known) return known
  const label = req.payload.collections[collection as CollectionSlug]?.config.labels?.singular
  const text = typeof label === 'string' ? label : collection
  return { fr: `cet élément (${text})`, en: `this ${text}` }
}

/**
 * The problems of a write's references, one per field at most; empty when every new reference is in scope.
 * `original` is the stored document on update (undefined on create and on a bulk update: every id is checked).
 */
export async function referenceProblems(args: {
  req: PayloadRequest
  collection: string
  fields: readonly Field[]
  data: unknown
  original?: Doc
  /** An admin's write: every target may be named, if it exists (its state rules are not applied: admins repair). */
  existenceOnly?: boolean
}): Promise<ReferenceProblem[]> {
  const { req, collection, fields, data, original, existenceOnly = false } = args
  const before = new Set(collectReferences(fields, original).map((r) => key({ ...r, path: r.field.path })))
  const doc = resultingDoc(original, data)
  const changed = (name: string) => isDoc(data) && name in data && relationId(data[name]) !== relationId(original?.[name])
  const rechecked = collectReferences(fields, doc).filter((r) => RECHECK_WHEN_CHANGED[`${collection}.${r.field.path}`]?.some(changed))
  const seen = new Set<string>()
  const added = [...collectReferences(fields, data).filter((r) => !before.has(key({ ...r, path: r.field.path }))), ...rechecked].filter((r) => {
    const k = key({ ...r, path: r.field.path })
    return seen.has(k) ? false : Boolean(seen.add(k))
  })
  if (added.length === 0) return []

  const byTarget = new Map<string, Set<string>>()
  for (const r of added) byTarget.set(r.collection, (byTarget.get(r.collection) ?? new Set()).add(r.id))
  const readable = new Map<string, Map<string, Doc>>()
  for (const [target, ids] of byTarget) readable.set(target, await readableTargets(req, target, [...ids]))

  const ctx: ScopeContext = { req, collection, doc }
  const problems = new Map<string, ReferenceProblem>()
  for (const r of added) {
    if (problems.has(r.field.path)) continue
    const { label } = r.field
    const target = readable.get(r.collection)?.get(r.id)
    let why: { fr: string; en: string } | undefined
    if (!target) {
      const name = targetName(req, r.collection)
      why = existenceOnly
        ? { fr: `${name.fr} n’existe pas`, en: `${name.en} does not exist` }
        : {
            fr: `${name.fr} n’appartient pas à vos structures ni à votre périmètre, ou n’existe pas`,
            en: `${name.en} does not belong to your structures or scope, or does not exist`,
          }
    } else if (!existenceOnly) {
      for (const rule of rulesFor(collection, r.field.path, r.collection)) {
        why = rule(target, ctx)
        if (why) break
      }
    }
    if (why) problems.set(r.field.path, { path: r.field.path, label, message: bilingual(`${label.fr} : ${why.fr}`, `${label.en}: ${why.en}`) })
  }
  return [...problems.values()]
}

/** Whether this write is a person's (checked) rather than the system's or an admin's. */
export const isScopedWrite = (req: PayloadRequest, overrideAccess: boolean | undefined): boolean =>
  overrideAccess !== true && Boolean(req.user) && !hasRole(req, 'admin')

/** The collection hook: runs before the operation, where `overrideAccess` is still known. */
export const checkReferenceScope: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  // An admin's references are not scoped, but one to nothing would fail the database's foreign key (a 500).
  const existenceOnly = overrideAccess !== true && hasRole(req, 'admin')
  if (!existenceOnly && !isScopedWrite(req, overrideAccess)) return args
  const { data, id } = args as { data?: unknown; id?: string | number }
  const original =
    operation === 'update' && id !== undefined
      ? ((await req.payload.findByID({
          collection: collection.slug as CollectionSlug,
          id,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })) as unknown as Doc | null) ?? undefined
      : undefined
  const problems = await referenceProblems({ req, collection: collection.slug, fields: collection.fields, data, original, existenceOnly })
  if (problems.length > 0) {
    const fields = problems.map((p) => p.path)
    req.payload.logger.info({ msg: 'reference out of scope refused', collection: collection.slug, fields, user: req.user?.id })
    throw new ValidationError({ collection: collection.slug, errors: problems, req }, req.t)
  }
  return args
}

/** Every collection with the scope check first among its beforeOperation hooks. */
export const withReferenceScope = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((c) => ({
    ...c,
    hooks: { ...c.hooks, beforeOperation: [checkReferenceScope, ...(c.hooks?.beforeOperation ?? [])] },
  }))
