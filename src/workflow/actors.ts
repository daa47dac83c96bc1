/** Who asks for a move. Roles mirror the users collection; `system` is the timer/worker side (SYS in domain §5). */

export type ActorRole = 'admin' | 'coordinator' | 'structure-admin' | 'facilitator' | 'editor' | 'national' | 'system'

export interface Actor {
  role: ActorRole
  id?: string
}

export const SYSTEM_ACTOR: Actor = { role: 'system' }

/** SA in the spec. */
export const SA: readonly ActorRole[] = ['structure-admin']
/** RC in the spec; an admin may do everything a coordinator may. */
export const RC: readonly ActorRole[] = ['coordinator', 'admin']
/** SYS in the spec. */
export const SYS: readonly ActorRole[] = ['system']
/** "SA or RC": OPCO events are entered by either (domain §5: no OPCO portal API). */
export const SA_OR_RC: readonly ActorRole[] = [...SA, ...RC]
