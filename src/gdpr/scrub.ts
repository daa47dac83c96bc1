import type { Payload, PayloadRequest, Where } from 'payload'

/**
 * The small removals shared by the erasure, the T22 purge and the daily retention job. Each returns how many
 * records it changed, and changes nothing the second time (so every caller is idempotent).
 */

type Answer = { id?: string | null; key: string; scale?: number | null; text?: string | null; choice?: string | null }

/** Free text removed from the matching survey answers; scales and choices (the statistics) stay. */
export async function clearSurveyText(payload: Payload, where: Where, req?: PayloadRequest): Promise<number> {
  const { docs } = await payload.find({ collection: 'survey-responses', where, depth: 0, pagination: false, overrideAccess: true, req, select: { answers: true } })
  let changed = 0
  for (const doc of docs) {
    const answers = (doc.answers ?? []) as Answer[]
    if (!answers.some((a) => typeof a.text === 'string' && a.text !== '')) continue
    await payload.update({
      collection: 'survey-responses',
      id: doc.id,
      depth: 0,
      overrideAccess: true,
      req,
      data: { answers: answers.map((a) => ({ id: a.id, key: a.key, scale: a.scale, choice: a.choice, text: null })) },
    })
    changed += 1
  }
  return changed
}

/** The matching delivery rows keep the kind and date of the mail (proof of convocation) but lose the address. */
export async function forgetDeliveryAddress(payload: Payload, where: Where, address: string, req?: PayloadRequest): Promise<number> {
  const result = await payload.update({
    collection: 'notifications',
    where: { and: [where, { recipientEmail: { not_equals: address } }] },
    data: { recipientEmail: address, lastError: null },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return result.docs.length
}

/** Deletes the matching records of a collection; the count deleted. */
export async function deleteWhere(payload: Payload, collection: 'personal-links' | 'outbox-events' | 'notifications' | 'audit-events' | 'personal-data-requests', where: Where, req?: PayloadRequest): Promise<number> {
  let total = 0
  // Payload deletes what one find returns: repeat until nothing matches (each pass removes what it found).
  for (;;) {
    const result = await payload.delete({ collection, where, depth: 0, overrideAccess: true, req })
    total += result.docs.length
    if (result.docs.length === 0 || result.errors.length > 0) return total
  }
}
