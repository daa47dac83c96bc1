import type { Validate } from 'payload'
import { relationId } from '../../shared/relation-ids'
import { bilingual, REQUIRED } from '../../../src/validation/messages'

const NOT_A_FACILITATOR = bilingual(
  'Ce compte n’a pas le rôle « Animateur ERIC »',
  'this account does not have the "ERIC facilitator" role',
)

/** A facilitator profile belongs to an account with the facilitator role, so that access rules find it. */
export const userIsFacilitator: Validate = async (value, { req }) => {
  const id = relationId(value)
  if (!id) return REQUIRED
  const user = await req.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })
  return (user as { role?: string } | null)?.role === 'facilitator' ? true : NOT_A_FACILITATOR
}
