import type { Actor } from './actors'
import type { EffectsPlan, NotifyRequest } from './effects'
import type { NotificationKind } from './notification-kinds'

/**
 * Mails that ask their reader to act next (choose what to do after a partial approval or a refusal, write to the
 * OPCO after a cancellation): the person who made the move still gets them, they are instructions, not news.
 */
const INSTRUCTIONS: readonly NotificationKind[] = ['file.partially_approved', 'file.refused']

function isInstruction(request: NotifyRequest): boolean {
  if (INSTRUCTIONS.includes(request.kind)) return true
  return request.kind === 'file.cancelled' && request.data?.informOpcoInWriting === true
}

/**
 * The person who made a move is not told about it by mail (a coordinator is not sent « Bonne nouvelle » about the
 * approval they just recorded): every notification of the move's plan names them as a person to leave out, except
 * instructions. Timers and the system have no id: nobody is left out.
 */
export function spareTheActor(plan: EffectsPlan, actor: Actor): void {
  if (actor.id === undefined) return
  for (const request of plan.notify) {
    if (!isInstruction(request)) request.exceptUserIds = [actor.id]
  }
}
