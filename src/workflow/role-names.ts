import { ROLE_LABELS, type Role } from '../access/roles'
import type { ActorRole } from './actors'

/**
 * A role as a refusal names it to a person: « Administrateur de structure », never the stored id `structure-admin`.
 * The timers and the worker act as « le système ».
 */
export function roleName(role: ActorRole | string): { fr: string; en: string } {
  if (role === 'system') return { fr: 'le système', en: 'the system' }
  return ROLE_LABELS[role as Role] ?? { fr: role, en: role }
}
