import { ValidationError, type CollectionSlug, type FieldHook, type Payload, type PayloadRequest, type RelationshipField } from 'payload'
import { hasRole } from '../../../src/access/roles'
import { FIRST_FEDERATION } from '../../federations/phases'
import { federationIdsOf } from '../access/federation-scope'
import { relationId } from '../relation-ids'

/** Where a new document's federation comes from when the write does not name one: a field pointing at a parent. */
export interface FederationParent {
  field: string
  collection: CollectionSlug
}

/**
 * The only federation, when there is exactly one; a fresh database (tests, a first start) gets the first one.
 * With several, undefined: the writer must choose.
 */
export async function soleFederationId(payload: Payload, req?: PayloadRequest): Promise<string | undefined> {
  const { docs } = await payload.find({ collection: 'federations', limit: 2, depth: 0, sort: 'createdAt', overrideAccess: true, req })
  if (docs.length === 1) return String(docs[0].id)
  if (docs.length > 1) return undefined
  const created = await payload.create({ collection: 'federations', data: { ...FIRST_FEDERATION }, overrideAccess: true, req })
  return String(created.id)
}

async function parentFederation(req: PayloadRequest, data: Record<string, unknown> | undefined, parents: readonly FederationParent[]) {
  for (const parent of parents) {
    const id = relationId(data?.[parent.field])
    if (!id) continue
    const doc = await req.payload.findByID({ collection: parent.collection, id, depth: 0, overrideAccess: true, disableErrors: true, req })
    const federation = relationId((doc as { federation?: unknown } | null)?.federation)
    if (federation) return federation
  }
  return undefined
}

export const NATIONAL_WRITES_NATIONAL = {
  fr: 'La coordination nationale publie des contenus nationaux : laissez la fédération vide',
  en: 'the national coordination publishes national content: leave the federation empty',
}

export const CHOOSE_FEDERATION = {
  fr: 'Choisissez la fédération : plusieurs existent et rien ne la désigne',
  en: 'choose the federation: there are several and nothing points to one',
}

/**
 * A new document without a federation takes its parent's (a file its structure's…), else its writer's only
 * federation, else the platform's only one. With several federations and nothing to go by, national content
 * (`national: true`: stories, news written by an admin or the system) stays without one, read by all; anything
 * else, and national content by a member of several federations, is refused until a federation is chosen.
 */
function deriveFederation(parents: readonly FederationParent[], national: boolean): FieldHook {
  return async ({ value, operation, req, data, collection }) => {
    const refuse = (message: { fr: string; en: string }) =>
      new ValidationError({ collection: collection?.slug, errors: [{ path: 'federation', message: `${message.fr} / ${message.en}` }], req }, req.t)
    // The national coordination writes only national content, never into a federation (national-reach.ts).
    if (operation === 'create' && hasRole(req, 'national')) {
      if (national && !relationId(value)) return null
      throw refuse(NATIONAL_WRITES_NATIONAL)
    }
    if (operation !== 'create' || relationId(value)) return value
    const fromParent = await parentFederation(req, data, parents)
    if (fromParent) return fromParent
    const own = federationIdsOf(req)
    if (own.length === 1) return own[0]
    const sole = await soleFederationId(req.payload, req)
    if (sole) return sole
    // National only when the writer belongs to no federation (an admin, the system); a member of several chooses.
    if (national && own.length === 0) return null
    throw refuse(CHOOSE_FEDERATION)
  }
}

/** The `federation` field of a federated collection (collections/shared/access/federation-scope.ts). */
export function federationField(options: { parents?: FederationParent[]; national?: boolean } = {}): RelationshipField {
  const national = options.national ?? false
  return {
    name: 'federation',
    type: 'relationship',
    relationTo: 'federations',
    index: true,
    label: { fr: 'Fédération', en: 'Federation' },
    admin: {
      position: 'sidebar',
      description: national
        ? { fr: 'Vide : contenu national, lu par toutes les fédérations.', en: 'Empty: national content, read by every federation.' }
        : { fr: 'Déduite à la création si vide.', en: 'Derived at creation when empty.' },
    },
    hooks: { beforeChange: [deriveFederation(options.parents ?? [], national)] },
  }
}

/**
 * The federation of a row the system writes (the GDPR register, a structure import): set by the code that writes
 * it, never derived; none (an admin's account, a row from before) is read by admins only.
 */
export const recordedFederationField: RelationshipField = {
  name: 'federation',
  type: 'relationship',
  relationTo: 'federations',
  index: true,
  label: { fr: 'Fédération', en: 'Federation' },
  admin: { position: 'sidebar', readOnly: true },
}
