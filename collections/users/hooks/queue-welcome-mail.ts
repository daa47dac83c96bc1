import type { CollectionAfterChangeHook } from 'payload'
import { writeOutboxEvent } from '../../../src/outbox/write-event'

/**
 * A new account gets a welcome mail. The event is written in the same transaction as the user (outbox), so the
 * mail goes out if and only if the account really exists.
 */
export const queueWelcomeMail: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || context.skipWelcomeMail) return doc
  await writeOutboxEvent(req, { type: 'user.created', aggregate: 'users', aggregateId: String(doc.id), data: {} })
  return doc
}
