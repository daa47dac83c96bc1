import type { Payload, Where } from 'payload'
import { relationId } from '../../collections/shared/relation-ids'
import type { ResultIndicators } from '../reports/indicators'
import { firstSlotStart } from '../sessions/first-slot'
import { resultIndicators } from './indicators'

export interface ProgrammeResults {
  /** One line per calendar year that had sessions, oldest first. */
  years: (ResultIndicators & { year: number })[]
  /** Since the first session of the action, to `now`. */
  overall: ResultIndicators | undefined
  /** Whose sessions: one federation's editions, or every federation's (the national template). */
  scope: 'federation' | 'national'
}

/**
 * The result indicators of a training action (Qualiopi ind. 2), year by year and overall. A federation's edition
 * states its federation's results: the sessions of its editions of the same title there. The national template
 * states the national results: every edition (same title, or made from it) in every federation. Only sessions
 * already started count: a planned session has no results yet.
 */
export async function programmeResults(
  payload: Payload,
  programme: { id?: string | number; title: string; federation?: unknown },
  now: Date = new Date(),
): Promise<ProgrammeResults> {
  const federation = relationId(programme.federation)
  const sameTitle: Where = { title: { equals: programme.title } }
  const where: Where = federation
    ? { and: [sameTitle, { federation: { equals: federation } }] }
    : programme.id !== undefined
      ? { or: [sameTitle, { template: { equals: programme.id } }] }
      : sameTitle
  const editions = await payload.find({ collection: 'programmes', where, depth: 0, pagination: false, overrideAccess: true, select: { title: true } })
  const ids = editions.docs.map((p) => String(p.id))
  const sessions = await payload.find({ collection: 'sessions', where: { programme: { in: ids } }, depth: 0, pagination: false, overrideAccess: true, select: { slots: true } })
  const starts = sessions.docs
    .map((s) => firstSlotStart(s.slots))
    .filter((start): start is string => Boolean(start) && new Date(start as string).getTime() <= now.getTime())
    .map((start) => new Date(start))
  const scope = federation ? 'federation' : 'national'
  if (starts.length === 0) return { years: [], overall: undefined, scope }
  const yearsWithSessions = [...new Set(starts.map((d) => d.getUTCFullYear()))].sort((a, b) => a - b)
  const years = []
  for (const year of yearsWithSessions) {
    const from = new Date(Date.UTC(year, 0, 1))
    const to = new Date(Math.min(Date.UTC(year + 1, 0, 1) - 1, now.getTime()))
    years.push({ year, ...(await resultIndicators(payload, { from, to, programmeId: ids })) })
  }
  const first = new Date(Math.min(...starts.map((d) => d.getTime())))
  return { years, overall: await resultIndicators(payload, { from: first, to: now, programmeId: ids }), scope }
}
