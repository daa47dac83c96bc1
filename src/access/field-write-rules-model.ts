import { ROLES, roleOf, type Role } from './roles'

/**
 * The vocabulary of the field write table (src/access/field-write-rules.ts): who may set a field when a document is
 * created, and who may change it afterwards. Pure data and pure checks, so the table can be rendered in
 * docs/security.md and compared with the running config by a test.
 */

/** Some roles may write, optionally only while the document's `status` is one of `whileStatus`. */
export interface Grant {
  roles: readonly Role[]
  whileStatus?: readonly string[]
}

/**
 * What happens to a write the rule denies: `refuse` answers 403 naming the field (nothing stored); `drop` silently
 * keeps the stored value (for bookkeeping a person never types, e.g. timestamps, which the admin form may resend).
 */
export type OnDenied = 'refuse' | 'drop'

export interface FieldWriteRule {
  create: readonly Grant[]
  update: readonly Grant[]
  /** Why nobody (or only some) may write it; shown in the refusal and in the doc. */
  setBy?: { fr: string; en: string }
  onDenied?: OnDenied
}

export type CollectionWriteRules = Readonly<Record<string, FieldWriteRule>>

export const grant = (...roles: Role[]): Grant[] => [{ roles }]
export const whileStatus = (states: readonly string[], ...roles: Role[]): Grant => ({ roles, whileStatus: states })

/** The same grants for create and update. */
export const same = (grants: readonly Grant[], extra: Partial<FieldWriteRule> = {}): FieldWriteRule => ({ create: grants, update: grants, ...extra })

export const EVERYONE: readonly Role[] = ROLES
export const STAFF: Role[] = ['admin', 'coordinator']
/** Who writes editorial content (stories, news, images): the team, and the national coordination (its national content). */
export const TEAM: Role[] = ['admin', 'coordinator', 'editor', 'national']

const WORKFLOW = { fr: 'il est renseigné par le déroulement du dossier (transitions, minuteries)', en: "it is set by the file's workflow (moves, timers)" }
const COMPUTED = { fr: "il est calculé par essaim", en: 'it is computed by essaim' }
const ACCOUNT = { fr: "il est tenu par l'authentification", en: 'it is kept by sign-in' }

/** Written only by the system (Local API with overrideAccess: true): the move service, timers, hooks, jobs. */
export const workflowFact: FieldWriteRule = { create: [], update: [], setBy: WORKFLOW }
export const computed: FieldWriteRule = { create: [], update: [], setBy: COMPUTED }
export const accountSecret: FieldWriteRule = { create: [], update: [], setBy: ACCOUNT }
/** Payload's own bookkeeping: silently kept, since the admin form may send it back unchanged or stale. */
export const bookkeeping: FieldWriteRule = { create: [], update: [], setBy: COMPUTED, onDenied: 'drop' }

export interface WriterContext {
  user: unknown
  /** The stored document (update); undefined on create. */
  doc?: Readonly<Record<string, unknown>> | null
}

/** Does one of the grants let this person write, given the stored document's status? */
export function grants(list: readonly Grant[], { user, doc }: WriterContext): boolean {
  const role = roleOf(user)
  if (!role) return false
  return list.some((g) => g.roles.includes(role) && (!g.whileStatus || g.whileStatus.includes(String(doc?.status ?? ''))))
}
