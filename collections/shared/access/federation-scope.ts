import type { Access, AccessArgs, AccessResult, CollectionConfig, PayloadRequest, Where } from 'payload'
import { hasRole, type Role } from '../../../src/access/roles'
import { relationIds } from '../relation-ids'

/**
 * Federations (issue 20): coordinators, editors and facilitators belong to one or more federations
 * (`users.federations`) and read and write only there; admins see every federation; structure admins stay within
 * their structures (their own rules). The narrowing is applied on top of each collection's own access, so a
 * collection's rules decide WHICH of its documents a role may touch, and this decides in WHICH federation.
 */

/** Collections whose documents belong to one federation (`federation` field). */
export const FEDERATED_COLLECTIONS = [
  'structures',
  'eric-spaces',
  'facilitators',
  'campaigns',
  'sessions',
  'funding-files',
  'stories',
  'news',
  'programmes',
  // The quality registers and the GDPR and import logs are each federation's own (issue 20).
  'improvement-actions',
  'financer-appreciations',
  'personal-data-requests',
  'structure-imports',
] as const

/**
 * Collections whose documents belong to their parent's federation, and the paths (through a relationship) to it:
 * a document is in a federation when one of its paths leads there. A document none of whose parents is set is
 * outside every federation: only admins read it.
 */
export const FEDERATION_PATHS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(FEDERATED_COLLECTIONS.map((c) => [c, ['federation']])),
  participants: ['structure.federation'],
  enrolments: ['session.federation'],
  attendance: ['session.federation', 'structure.federation'],
  'survey-responses': ['session.federation'],
  'audit-events': ['file.federation'],
  notifications: ['file.federation', 'structure.federation', 'recipientUser.federations'],
  reports: ['session.federation', 'file.federation', 'structures.federation'],
  complaints: ['structure.federation', 'session.federation'],
  // Accounts: a member's federations, or a structure admin's structures there. Admins and the national role hold
  // neither: members of a federation do not see them, as they do not see another federation's people.
  users: ['federations', 'structures.federation'],
  // A structure's generated documents (certificats, attendance sheets: personal data) are its federation's; media
  // tied to no structure (public images, kits) are shared (ORPHANS_SHARED).
  media: ['structure.federation'],
}

/** Collections where a member always keeps their own document (their account), whatever its federations. */
const SELF_VISIBLE: readonly string[] = ['users']

/**
 * Rows tied to no parent are the platform's, read by every member: delivery-log rows of no file, structure or account
 * (mails to the coordination's own address, digests), media of no structure (public images, campaign kits).
 */
const ORPHANS_SHARED: readonly string[] = ['notifications', 'media']

/**
 * Editorial content without a federation is national: every federation reads it, none modifies it. A programme
 * without one is the national template a federation's edition derives from (collections/programmes).
 */
export const NATIONAL_CONTENT_COLLECTIONS: readonly string[] = ['stories', 'news', 'programmes']

export const federationIdsOf = (req: Pick<PayloadRequest, 'user'>): string[] =>
  relationIds((req.user as { federations?: unknown } | null | undefined)?.federations)

export const seesEveryFederation = (req: Pick<PayloadRequest, 'user'>): boolean => hasRole(req, 'admin')

/** The roles whose reach is their federations (`users.federations`). */
export const FEDERATION_MEMBER_ROLES: readonly Role[] = ['coordinator', 'editor', 'facilitator']

const isFederationMember = (req: Pick<PayloadRequest, 'user'>): boolean => hasRole(req, ...FEDERATION_MEMBER_ROLES)

/**
 * The federations a member's reach is (for what the product computes with the system's rights: figures, registers,
 * archives, assignment); undefined for admins and the national coordination, who reach every federation.
 */
export const memberFederations = (req: Pick<PayloadRequest, 'user'>): string[] | undefined =>
  isFederationMember(req) ? federationIdsOf(req) : undefined

/** How a document of `collection` is in one of the federations `ids`: its paths there, or it is a shared orphan. */
function waysIntoFederations(collection: string, ids: readonly string[]): Where[] {
  const paths = FEDERATION_PATHS[collection] ?? []
  // A member of no federation reaches nothing through one (the shared orphans and their own account stay).
  const ways: Where[] = ids.length === 0 ? [] : paths.map((path) => ({ [path]: { in: [...ids] } }))
  if (ORPHANS_SHARED.includes(collection)) ways.push({ and: paths.map((path) => ({ [path.split('.')[0]]: { exists: false } })) })
  return ways
}

/**
 * What a member of federation `id` reads of a collection, for what the system prepares on their behalf (a digest
 * of the delivery log): the same rule as their access, so a mail never shows them more than the list would.
 */
export function readableInFederation(collection: string, id: string): Where | false {
  const ways = waysIntoFederations(collection, [id])
  return ways.length === 0 ? false : ways.length === 1 ? ways[0] : { or: ways }
}

/** The constraint a member's access gets in a federated collection; undefined when nothing is narrowed. */
export function federationConstraint(
  req: Pick<PayloadRequest, 'user'>,
  collection: string,
  operation: 'read' | 'update' | 'delete',
): Where | false | undefined {
  const paths = FEDERATION_PATHS[collection]
  if (!paths || !isFederationMember(req)) return undefined
  const ways = waysIntoFederations(collection, federationIdsOf(req))
  if (SELF_VISIBLE.includes(collection) && req.user) ways.push({ id: { equals: req.user.id } })
  const own: Where | false = ways.length === 0 ? false : ways.length === 1 ? ways[0] : { or: ways }
  if (operation !== 'read' || !NATIONAL_CONTENT_COLLECTIONS.includes(collection)) return own
  const national: Where = { federation: { exists: false } }
  return own ? { or: [own, national] } : national
}

/** An access result narrowed by a constraint: false stays false, true becomes the constraint, a Where is ANDed. */
export function narrow(result: AccessResult, constraint: Where | false | undefined): AccessResult {
  if (constraint === undefined || result === false) return result
  if (constraint === false) return false
  return result === true ? constraint : { and: [result, constraint] }
}

function scoped(access: Access | undefined, collection: string, operation: 'read' | 'update' | 'delete'): Access | undefined {
  if (!access) return access
  return async (args: AccessArgs) => narrow(await access(args), federationConstraint(args.req, collection, operation))
}

/** The same constraint on a collection's versions, whose fields sit under `version.` (`parent` and `version.…`). */
function inVersions(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or' ? [key, (value as Where[]).map(inVersions)] : [`version.${key}`, value],
    ),
  ) as Where
}

/** Past versions are the document's content too: a member reads those of their federations' documents only. */
function scopedVersions(access: Access | undefined, collection: string): Access | undefined {
  if (!access) return access
  return async (args: AccessArgs) => {
    const constraint = federationConstraint(args.req, collection, 'read')
    return narrow(await access(args), constraint ? inVersions(constraint) : constraint)
  }
}

/**
 * Every collection of FEDERATION_PATHS with its read, update and delete access (and its versions' read) narrowed to
 * the member's federations.
 */
export const withFederationScope = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((c) =>
    FEDERATION_PATHS[c.slug]
      ? {
          ...c,
          access: {
            ...c.access,
            read: scoped(c.access?.read, c.slug, 'read'),
            readVersions: c.versions ? scopedVersions(c.access?.readVersions, c.slug) : c.access?.readVersions,
            update: scoped(c.access?.update, c.slug, 'update'),
            delete: scoped(c.access?.delete, c.slug, 'delete'),
          },
        }
      : c,
  )
