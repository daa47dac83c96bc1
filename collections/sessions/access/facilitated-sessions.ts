import type { PayloadRequest } from 'payload'
import { visibleSessions } from './session-access'

const cache = new WeakMap<PayloadRequest, Promise<string[]>>()

/**
 * Ids of the sessions a facilitator works on (taught by them or held in their ERIC space). Enrolments,
 * attendance and participants are scoped by it; looked up once per request, as access runs once per join.
 */
export function facilitatedSessionIds(req: PayloadRequest): Promise<string[]> {
  let ids = cache.get(req)
  if (!ids) {
    ids = (async () => {
      const where = await visibleSessions(req)
      if (where === false) return []
      const { docs } = await req.payload.find({
        collection: 'sessions',
        where: where === true ? {} : where,
        depth: 0,
        pagination: false,
        select: {},
        // A system look-up on behalf of the access check.
        overrideAccess: true,
        req,
      })
      return docs.map((d) => String(d.id))
    })()
    cache.set(req, ids)
  }
  return ids
}
