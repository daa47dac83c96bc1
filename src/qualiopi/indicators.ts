import type { Payload, Where } from 'payload'
import { firstSlotStart } from '../sessions/first-slot'
import { computeResultIndicators, type ResultIndicators } from '../reports/indicators'

/** The sessions whose first half-day falls in the period (of one programme, or all). */
export async function sessionsInPeriod(
  payload: Payload,
  args: { from: Date; to: Date; programmeId?: string | readonly string[]; federations?: readonly string[] },
) {
  const ids = args.programmeId === undefined ? undefined : typeof args.programmeId === 'string' ? [args.programmeId] : [...args.programmeId]
  const conditions: Where[] = [
    ...(ids ? [{ programme: { in: ids } }] : []),
    ...(args.federations ? [{ federation: { in: [...args.federations] } }] : []),
  ]
  const { docs } = await payload.find({
    collection: 'sessions',
    where: conditions.length ? { and: conditions } : {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs.filter((s) => {
    const first = firstSlotStart(s.slots)
    if (!first) return false
    const at = new Date(first).getTime()
    return at >= args.from.getTime() && at <= args.to.getTime()
  })
}

/** Reads the period's enrolments and answers and computes the indicators (system read of aggregates only). */
export async function resultIndicators(
  payload: Payload,
  args: { from: Date; to: Date; programmeId?: string | readonly string[] },
): Promise<ResultIndicators> {
  const sessions = await sessionsInPeriod(payload, args)
  const ids = sessions.map((s) => s.id)
  const where = { session: { in: ids } }
  const [enrolments, responses] = ids.length
    ? await Promise.all([
        payload.find({ collection: 'enrolments', where, depth: 0, pagination: false, overrideAccess: true }),
        payload.find({ collection: 'survey-responses', where: { and: [where, { kind: { in: ['hot', 'cold'] } }] }, depth: 0, pagination: false, overrideAccess: true }),
      ])
    : [{ docs: [] }, { docs: [] }]
  const of = (kind: string) => responses.docs.filter((r) => r.kind === kind).map((r) => ({ answers: r.answers ?? [] }))
  return computeResultIndicators({
    from: args.from,
    to: args.to,
    sessions: sessions.length,
    enrolmentStatuses: enrolments.docs.map((e) => e.status),
    hot: of('hot'),
    cold: of('cold'),
  })
}
