import type { Access, FieldAccess, PayloadRequest } from 'payload'

/** The people who use essaim, as stored on `users.role`. Participants have no account (personal links). */
export const ROLES = ['admin', 'coordinator', 'editor', 'structure-admin', 'facilitator', 'national'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { fr: string; en: string }> = {
  admin: { fr: 'Administrateur (fédération)', en: 'Administrator (federation)' },
  coordinator: { fr: 'Coordinateur régional', en: 'Regional coordinator' },
  editor: { fr: 'Éditeur', en: 'Editor' },
  'structure-admin': { fr: 'Administrateur de structure', en: 'Structure administrator' },
  facilitator: { fr: 'Animateur ERIC', en: 'ERIC facilitator' },
  national: { fr: 'Coordination nationale', en: 'National coordination' },
}

interface WithRole {
  role?: string | null
}

export function roleOf(user: unknown): Role | undefined {
  const role = (user as WithRole | null | undefined)?.role
  return (ROLES as readonly string[]).includes(role ?? '') ? (role as Role) : undefined
}

export function hasRole(req: Pick<PayloadRequest, 'user'>, ...roles: Role[]): boolean {
  const role = roleOf(req.user)
  return role !== undefined && roles.includes(role)
}

/** Coordinators act for the federation; admins can do everything they can. */
export const isStaff = (req: Pick<PayloadRequest, 'user'>): boolean => hasRole(req, 'admin', 'coordinator')

/**
 * Who reads the coordination's figures, registers and exports: staff, and the national coordination, which reads
 * every federation's (collections/shared/access/national-reach.ts) but acts on none of their files.
 */
export const readsAsStaff = (req: Pick<PayloadRequest, 'user'>): boolean => hasRole(req, 'admin', 'coordinator', 'national')

export const adminsOnly: Access = ({ req }) => hasRole(req, 'admin')
export const staffOnly: Access = ({ req }) => isStaff(req)
export const signedIn: Access = ({ req }) => Boolean(req.user)
export const nobody: Access = () => false
export const adminsOnlyField: FieldAccess = ({ req }) => hasRole(req, 'admin')
