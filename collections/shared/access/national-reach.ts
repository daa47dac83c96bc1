import type { Access, AccessArgs, CollectionConfig, Field, FieldAccess, PayloadRequest, Where } from 'payload'
import { hasRole, type Role } from '../../../src/access/roles'
import { narrow } from './federation-scope'

/**
 * The national coordination (issue 20, role `national`): it reads what a regional coordinator reads, in every
 * federation (dashboards, registers, files), and publishes national content — stories and news without a federation,
 * their images, the programme template — which every federation reads and none modifies. It acts on no federation's
 * document: no move, no edit, no deletion there.
 *
 * Rather than teach every collection's rules a new role, its reads are decided by those rules as they stand for a
 * coordinator, and its writes in the collections it publishes to as they stand for an editor (a coordinator for
 * programmes), narrowed to national content. Everything else it may not write.
 */

export const isNational = (req: Pick<PayloadRequest, 'user'>): boolean => hasRole(req, 'national')

/**
 * Where it writes as an editor would, and what narrows an update or deletion there: the collections national
 * content lives in (to national documents), and its own account (an editor's rule: oneself only).
 */
const PUBLISHES: Readonly<Record<string, Where | true>> = {
  users: true,
  stories: { federation: { exists: false } },
  news: { federation: { exists: false } },
  // Images are not federated: the national coordination uploads and fixes the ones its content shows.
  media: true,
  // The national programme template (a federation's edition has a federation).
  programmes: { federation: { exists: false } },
}

/**
 * Where its writes are decided by another role's rules than an editor's: programmes are written by staff only (no
 * editor writes one), and the national coordination writes the template as a coordinator would.
 */
const WRITES_AS: Readonly<Record<string, Role>> = { programmes: 'coordinator' }

/**
 * Read whole, whatever a coordinator's rule says: the federations themselves (a coordinator's rule narrows them to
 * the coordinator's own, of which the national coordination has none).
 */
const READS_EVERY: readonly string[] = ['federations']

/**
 * The same request seen as another role: the collection's own rules then decide as they do for that role. A proxy
 * that answers `user` and forwards everything else, not a copy: Payload hands access functions requests that are
 * themselves proxies (isolateObjectProperty), and a prototype-chained copy would write `user` through to them.
 */
function asRole<T extends { req: PayloadRequest }>(args: T, role: Role): T {
  const user = { ...(args.req.user as NonNullable<PayloadRequest['user']>), role } as PayloadRequest['user']
  const req = new Proxy(args.req, { get: (target, key) => (key === 'user' ? user : Reflect.get(target, key)) })
  return { ...args, req }
}

type Operation = 'read' | 'readVersions' | 'create' | 'update' | 'delete' | 'unlock'

/** Payload's access when a collection sets none: any signed-in account. */
const payloadDefault: Access = ({ req }) => Boolean(req.user)

function nationalAccess(access: Access = payloadDefault, collection: string, operation: Operation): Access {
  return async (args: AccessArgs) => {
    if (!isNational(args.req)) return access(args)
    if (operation === 'read' && READS_EVERY.includes(collection)) return true
    if (operation === 'read' || operation === 'readVersions') return access(asRole(args, 'coordinator'))
    const scope = PUBLISHES[collection]
    if (!scope) return false
    const asWriter = await access(asRole(args, WRITES_AS[collection] ?? 'editor'))
    return operation === 'create' || scope === true ? asWriter : narrow(asWriter, scope)
  }
}

/** Field rules: reading as a coordinator would, writing (in the collections it publishes to) as an editor would. */
function nationalField(access: FieldAccess | undefined, publishes: boolean, operation: 'read' | 'write'): FieldAccess | undefined {
  if (!access) return access
  return (args) => {
    if (!isNational(args.req)) return access(args)
    if (operation === 'read') return access(asRole(args, 'coordinator'))
    return publishes ? access(asRole(args, 'editor')) : false
  }
}

function withNationalFields(fields: Field[], publishes: boolean): Field[] {
  return fields.map((field): Field => {
    let next = field
    if ('access' in field && field.access) {
      const { read, create, update } = field.access
      next = {
        ...field,
        access: {
          ...field.access,
          read: nationalField(read, publishes, 'read'),
          create: nationalField(create, publishes, 'write'),
          update: nationalField(update, publishes, 'write'),
        },
      } as Field
    }
    if ('fields' in next && Array.isArray(next.fields)) next = { ...next, fields: withNationalFields(next.fields, publishes) } as Field
    if (next.type === 'tabs') next = { ...next, tabs: next.tabs.map((tab) => ({ ...tab, fields: withNationalFields(tab.fields, publishes) })) }
    if (next.type === 'blocks') next = { ...next, blocks: next.blocks.map((block) => ({ ...block, fields: withNationalFields(block.fields, publishes) })) }
    return next
  })
}

/** Every collection with the national coordination's reach applied to its collection and field access. */
export const withNationalReach = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((c) => {
    const access = c.access ?? {}
    const wrap = (operation: Operation) => nationalAccess(access[operation], c.slug, operation)
    return {
      ...c,
      access: {
        ...access,
        read: wrap('read'),
        readVersions: wrap('readVersions'),
        create: wrap('create'),
        update: wrap('update'),
        delete: wrap('delete'),
        unlock: wrap('unlock'),
      },
      fields: withNationalFields(c.fields, Boolean(PUBLISHES[c.slug])),
    }
  })
