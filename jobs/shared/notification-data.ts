import type { NotifyRequest } from '../../src/workflow'

/** A half-day named by its index in the plan becomes the slot itself for the template. */
function slotOf(facts: Record<string, unknown>, slotIndex: unknown): { slot?: unknown } {
  const slots = facts.slots as unknown[] | undefined
  return typeof slotIndex === 'number' && slots?.[slotIndex] ? { slot: slots[slotIndex] } : {}
}

/**
 * The facts one planned notification is sent with: the file's mail facts, the half-day it names, then its own
 * data. One function for the effects executor (what is sent) and the move's check (what would be sent).
 */
export function notificationData(facts: Record<string, unknown>, notify: Pick<NotifyRequest, 'data'>): Record<string, unknown> {
  return { ...facts, ...slotOf(facts, notify.data?.slotIndex), ...notify.data }
}
