import type { Endpoint } from 'payload'
import { isStaff } from '../../src/access/roles'
import { resultIndicators } from '../../src/qualiopi/indicators'
import { requestReportFromWeb } from '../../jobs/report-flow'
import { dashboardEndpoint } from './dashboard-endpoint'
import { evidenceEndpoint } from './evidence-endpoint'

const parseDate = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' || !value) return undefined
  const d = new Date(value)
  return Number.isNaN(d.getTime()) ? undefined : d
}

/** POST /api/reports/session/:sessionId → builds the session report now (staff), or joins the one running. */
const generateEndpoint: Endpoint = {
  path: '/session/:sessionId',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: 'Connexion requise / sign-in required' }, { status: 401 })
    if (!isStaff(req)) return Response.json({ message: 'Réservé à la coordination / coordinators only' }, { status: 403 })
    const sessionId = String(req.routeParams?.sessionId ?? '')
    const found = await req.payload.count({ collection: 'sessions', where: { id: { equals: sessionId } }, overrideAccess: true })
    if (found.totalDocs === 0) return Response.json({ message: 'Session introuvable / session not found' }, { status: 404 })
    const result = await requestReportFromWeb(req.payload, { sessionId, trigger: 'on_demand', requestedBy: String(req.user.id) })
    return Response.json(result, { status: 202 })
  },
}

/**
 * GET /api/reports/result-indicators?programme=&from=&to= → the programme's result indicators (Qualiopi ind. 2:
 * satisfaction, completion) over the period. Public: the programme page shows them.
 */
const indicatorsEndpoint: Endpoint = {
  path: '/result-indicators',
  method: 'get',
  handler: async (req) => {
    const q = req.query as Record<string, unknown>
    const to = parseDate(q.to) ?? new Date()
    const from = parseDate(q.from) ?? new Date(to.getTime() - 365 * 24 * 3600 * 1000)
    const programme = typeof q.programme === 'string' && q.programme ? q.programme : undefined
    return Response.json(await resultIndicators(req.payload, { from, to, programmeId: programme }))
  },
}

export const reportEndpoints: Endpoint[] = [generateEndpoint, indicatorsEndpoint, dashboardEndpoint, evidenceEndpoint]
