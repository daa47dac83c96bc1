import type { Endpoint } from 'payload'
import { readsAsStaff } from '../../src/access/roles'

/**
 * GET /api/outbox-events/lag → how far behind the relay is: pending events and the age of the oldest one.
 * An event pending for more than a few seconds means no worker is publishing (Redis down, worker stopped).
 */
export const lagEndpoint: Endpoint = {
  path: '/lag',
  method: 'get',
  handler: async (req) => {
    if (!readsAsStaff(req)) return Response.json({ message: 'Réservé à la coordination / coordinators only' }, { status: 403 })
    const oldest = await req.payload.find({
      collection: 'outbox-events',
      where: { status: { equals: 'pending' } },
      sort: 'occurredAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const first = oldest.docs[0]
    return Response.json({
      pending: oldest.totalDocs,
      oldestPendingAt: first?.occurredAt ?? null,
      lagMs: first ? Date.now() - new Date(first.occurredAt).getTime() : 0,
    })
  },
}
