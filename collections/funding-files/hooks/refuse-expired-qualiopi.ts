import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { federationOrganisation, loadOrganisation } from '../../../src/documents/provider'
import { qualiopiExpired, qualiopiExpiredMessage } from '../../../globals/organisation-settings/qualiopi-validity'
import { relationId } from '../../shared/relation-ids'

/**
 * The federation the new file will belong to. This hook runs before the field hooks, so the `federation` field is
 * not derived yet: the one the write names, else its structure's (what the field derives first for a file).
 */
async function federationOfNewFile(req: PayloadRequest, data: Record<string, unknown> | undefined): Promise<string | undefined> {
  const named = relationId(data?.federation)
  if (named) return named
  const structureId = relationId(data?.structure)
  if (!structureId) return undefined
  const structure = await req.payload.findByID({ collection: 'structures', id: structureId, depth: 0, overrideAccess: true, disableErrors: true, req })
  return relationId(structure?.federation)
}

/**
 * No new funding file while the Qualiopi certificate of the file's training organisation has expired: OPCOs fund
 * certified providers only (Code du travail L6316-1), so a request filed then could not be paid. The certificate is
 * the file's federation's when it recorded one, else the platform's (organisation settings). Whoever creates the
 * file (REST, the admin, a script), it is refused with a bilingual 409 saying which certificate and since when;
 * files already open carry on.
 */
export const refuseExpiredQualiopi: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const now = (req.context.now as Date | undefined) ?? new Date()
  const federationId = await federationOfNewFile(req, data)
  const provider = await loadOrganisation(req.payload, req, federationId)
  if (qualiopiExpired(provider.qualiopiExpiresOn, now)) {
    // The message says where to record the renewal: the federation's tab when the expired date is its own.
    const own = await federationOrganisation(req.payload, federationId, req)
    const message = qualiopiExpiredMessage(provider, own?.qualiopiExpiresOn ? 'federation' : 'platform')
    throw new APIError(message, 409, { code: 'qualiopi_expired' }, true)
  }
  return data
}
