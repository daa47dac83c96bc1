import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { FEDERATED_COLLECTIONS } from '../../shared/access/federation-scope'

/**
 * A federation that still holds documents is not deleted: they would be left in none (read by admins only) or the
 * database would refuse. The refusal says what it holds, in French and English, and nothing is deleted.
 */
export const refuseDeleteInUse: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const held: string[] = []
  for (const collection of FEDERATED_COLLECTIONS) {
    const { totalDocs } = await req.payload.count({ collection, where: { federation: { equals: id } }, overrideAccess: true, req })
    if (totalDocs > 0) held.push(`${collection} (${totalDocs})`)
  }
  const members = (await req.payload.count({ collection: 'users', where: { federations: { in: [id] } }, overrideAccess: true, req })).totalDocs
  if (members > 0) held.push(`users (${members})`)
  if (held.length === 0) return
  const list = held.join(', ')
  throw new APIError(
    `Cette fédération contient encore des données, rattachez-les ailleurs ou supprimez-les d’abord : ${list} / this federation still holds data, move or delete it first: ${list}`,
    409,
    undefined,
    true,
  )
}
