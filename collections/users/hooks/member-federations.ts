import type { FieldHook } from 'payload'
import { soleFederationId } from '../../shared/fields/federation'
import { FEDERATION_MEMBER_ROLES } from '../../shared/access/federation-scope'
import { relationIds } from '../../shared/relation-ids'

/**
 * A coordinator, editor or facilitator left without a federation joins the platform's only one (a single-region
 * platform, as before federations); with several, the administrator chooses. Other roles hold none.
 */
export const memberFederations: FieldHook = async ({ value, req, siblingData, originalDoc }) => {
  const role = String(siblingData?.role ?? originalDoc?.role ?? '')
  if (!(FEDERATION_MEMBER_ROLES as readonly string[]).includes(role)) return relationIds(value).length ? [] : value
  if (relationIds(value).length > 0) return value
  const sole = await soleFederationId(req.payload, req)
  return sole ? [sole] : value
}
