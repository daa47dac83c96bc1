import type { CollectionBeforeValidateHook } from 'payload'
import { relationId } from '../../shared/relation-ids'

/** The profile's display name defaults to the account's name, so staff rarely type it. */
export const defaultName: CollectionBeforeValidateHook = async ({ data, req }) => {
  if (!data || (typeof data.name === 'string' && data.name.trim() !== '')) return data
  const id = relationId(data.user)
  if (!id) return data
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  const name = (user as { name?: string } | null)?.name
  if (name) data.name = name
  return data
}
