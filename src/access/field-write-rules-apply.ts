import { APIError, type Field, type FieldAccess, type SanitizedConfig } from 'payload'
import { roleOf, ROLE_LABELS } from './roles'
import { FIELD_WRITE_RULES, GLOBAL_WRITE_RULES } from './field-write-rules'
import { grants, type FieldWriteRule, type Grant } from './field-write-rules-model'
import { labelOf, topLevelDataFields, type DataField } from './field-write-rules-fields'
import { isDefaultValue, sameValue } from './field-write-rules-values'

type Operation = 'create' | 'update'
type Bilingual = { fr: string; en: string }

/**
 * A refused field write: a 403 that Payload logs at info level like its own Forbidden (`loggingLevels` is keyed by
 * the error's name), since a refusal is an answer, not a fault of the server.
 */
class FieldWriteRefused extends APIError {
  constructor(message: string, field: string) {
    super(message, 403, { code: 'forbidden_field', field }, true)
    this.name = 'Forbidden'
  }
}

/** The rule each installed access function enforces: lets the test compare the running config with the table. */
export const RULE_OF_ACCESS = new WeakMap<FieldAccess, { collection: string; field: string; operation: Operation; rule: FieldWriteRule }>()

/** A collection or a global: what the rules need of either (its slug and its fields). */
interface Entity {
  slug: string
  fields: Field[]
}

function statusLabels(collection: Entity): Map<string, Bilingual> {
  const status = topLevelDataFields(collection.fields).find((f) => f.name === 'status')
  const options = status && 'options' in status && Array.isArray(status.options) ? status.options : []
  return new Map(
    options.map((o) => (typeof o === 'string' ? [o, { fr: o, en: o }] : [o.value, labelOf({ name: o.value, label: o.label })])),
  )
}

/** Why this person may not write the field, in both languages. */
function reasonFor(rule: FieldWriteRule, list: readonly Grant[], user: unknown, states: Map<string, Bilingual>): Bilingual {
  if (list.length === 0) return rule.setBy ?? { fr: 'personne ne le saisit', en: 'nobody types it' }
  const role = roleOf(user)
  const mine = list.filter((g) => role && g.roles.includes(role))
  const whileStates = [...new Set(mine.flatMap((g) => g.whileStatus ?? []))]
  if (whileStates.length > 0) {
    const names = whileStates.map((s) => states.get(s) ?? { fr: s, en: s })
    return {
      fr: `il ne change que lorsque le document est à l'état ${names.map((n) => `« ${n.fr} »`).join(' ou ')}`,
      en: `it only changes while the document is ${names.map((n) => `"${n.en}"`).join(' or ')}`,
    }
  }
  const roles = [...new Set(list.flatMap((g) => g.roles))].map((r) => ROLE_LABELS[r])
  return { fr: `il est réservé à : ${roles.map((r) => r.fr).join(', ')}`, en: `it is reserved to: ${roles.map((r) => r.en).join(', ')}` }
}

/**
 * The field access for one operation: true when a grant matches. When it does not and the request really tries to
 * change the value (not the admin form resending it), the write is refused with a 403 naming the field by its label,
 * and nothing is stored; otherwise (the value resent, a version restored, a `drop` rule) Payload drops the value,
 * and the admin shows the field read-only.
 * Payload calls field access with `siblingData` only while writing; permission checks pass none, so never throw.
 */
function fieldAccess(collection: Entity, field: DataField, operation: Operation, rule: FieldWriteRule): FieldAccess {
  const list = rule[operation]
  const states = statusLabels(collection)
  const access: FieldAccess = ({ req, doc, siblingData }) => {
    const stored = doc as Record<string, unknown> | undefined
    if (grants(list, { user: req.user, doc: stored })) return true
    // Restoring a version resends a whole past document: what the person may not write keeps its current value.
    if (!siblingData || rule.onDenied === 'drop' || req.context?.isRestoringVersion) return false
    const value = (siblingData as Record<string, unknown>)[field.name]
    if (value === undefined) return false
    // On an older document with nothing stored, the admin form fills in the field's default: not a change either.
    const current = stored?.[field.name]
    const unchanged =
      operation === 'create'
        ? isDefaultValue(field, value)
        : sameValue(field, value, current) || (isDefaultValue(field, current) && isDefaultValue(field, value))
    if (unchanged) return false
    const label = labelOf(field)
    const why = reasonFor(rule, list, req.user, states)
    const verb = operation === 'create' ? { fr: 'renseigner', en: 'set' } : { fr: 'modifier', en: 'change' }
    throw new FieldWriteRefused(
      `Vous ne pouvez pas ${verb.fr} le champ « ${label.fr} » : ${why.fr} / you may not ${verb.en} the "${label.en}" field: ${why.en}`,
      field.name,
    )
  }
  RULE_OF_ACCESS.set(access, { collection: collection.slug, field: field.name, operation, rule })
  return access
}

/**
 * Sets `access.create` and `access.update` of every top-level data field of every collection and global in the table, on the
 * sanitized config (so fields Payload adds — auth, upload, timestamps — are covered too). Read access is kept.
 * A field missing from the table keeps its own access: tests/security/field-write-rules.test.ts fails on it.
 */
export function applyFieldWriteRules(config: SanitizedConfig): SanitizedConfig {
  const entities = [
    ...config.collections.map((c) => ({ entity: c, rules: FIELD_WRITE_RULES[c.slug] })),
    ...(config.globals ?? []).map((g) => ({ entity: g, rules: GLOBAL_WRITE_RULES[g.slug] })),
  ]
  for (const { entity: collection, rules } of entities) {
    if (!rules) continue
    for (const field of topLevelDataFields(collection.fields)) {
      const rule = rules[field.name]
      if (!rule) continue
      field.access = {
        ...field.access,
        create: fieldAccess(collection, field, 'create', rule),
        update: fieldAccess(collection, field, 'update', rule),
      }
    }
  }
  return config
}
