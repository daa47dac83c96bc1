import type { Field, FieldAccess } from 'payload'
import { fieldAffectsData } from 'payload/shared'

const both =
  (a: FieldAccess, b: FieldAccess | undefined): FieldAccess =>
  async (args) =>
    (await a(args)) && (b ? await b(args) : true)

/**
 * Adds `allowed` to the update access of every data field except `except` (recursing into rows and
 * collapsibles), keeping any stricter access already there. Used where a role may change one field only.
 */
export function restrictUpdates(fields: Field[], allowed: FieldAccess, except: readonly string[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: restrictUpdates(field.fields, allowed, except) }
    }
    if (!fieldAffectsData(field) || field.type === 'join' || except.includes(field.name)) return field
    const access = 'access' in field ? field.access : undefined
    return { ...field, access: { ...access, update: both(allowed, access?.update) } } as Field
  })
}
