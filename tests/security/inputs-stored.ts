import { createLocalReq, type CollectionSlug, type Field, type Payload, type PayloadRequest } from 'payload'

/**
 * "Nothing stored that breaks the collection's rules": a stored document re-read from the database and put
 * through every field's own `validate` (the collection's rules as Payload would apply them on a save).
 */
type Data = Record<string, unknown>

interface Walk {
  req: PayloadRequest
  slug: string
  id: string
  data: Data
  broken: string[]
}

type Validate = (value: unknown, options: Record<string, unknown>) => true | string | Promise<true | string>

async function walk(fields: readonly Field[], sibling: Data, prefix: string, w: Walk): Promise<void> {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      await walk(field.fields, sibling, prefix, w)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) await walk(tab.fields, (sibling[tab.name] ?? {}) as Data, `${prefix}${tab.name}.`, w)
        else await walk(tab.fields, sibling, prefix, w)
      }
      continue
    }
    if (!('name' in field) || field.type === 'ui' || field.type === 'join' || ('virtual' in field && field.virtual)) continue
    const path = `${prefix}${field.name}`
    const value = sibling[field.name]
    const validate = (field as { validate?: Validate }).validate
    if (validate) {
      const result = await validate(value, {
        ...field,
        req: w.req,
        data: w.data,
        siblingData: sibling,
        id: w.id,
        collectionSlug: w.slug,
        operation: 'update',
        event: 'submit',
        path: path.split('.'),
        previousValue: value,
        overrideAccess: true,
        preferences: { fields: {} },
      })
      if (result !== true) w.broken.push(`${path}=${JSON.stringify(value)?.slice(0, 80)}: ${result}`)
    }
    if (field.type === 'group' && value && typeof value === 'object') await walk(field.fields, value as Data, `${path}.`, w)
    if (field.type === 'array' && Array.isArray(value)) {
      for (const [i, row] of value.entries()) await walk(field.fields, (row ?? {}) as Data, `${path}.${i}.`, w)
    }
  }
}

/** The rules a stored document breaks (empty when it keeps them all). */
export async function brokenRules(payload: Payload, slug: CollectionSlug, id: string): Promise<string[]> {
  const doc = (await payload.findByID({ collection: slug, id, depth: 0, overrideAccess: true, disableErrors: true })) as Data | null
  if (!doc) return []
  const req = await createLocalReq({}, payload)
  const w: Walk = { req, slug, id, data: doc, broken: [] }
  await walk(payload.collections[slug].config.fields, doc, '', w)
  return w.broken
}
