import type { Endpoint } from 'payload'
import { z } from 'zod'
import { parseParams, parseQuery } from '../../src/validation/request'
import { dateValue, documentId } from '../../src/validation/request-fields'
import { isStaff } from '../../src/access/roles'
import { resultIndicators } from '../../src/qualiopi/indicators'
import { requestReportFromWeb } from '../../jobs/shared/report-flow'
import { bpfEndpoint } from './bpf-endpoint'
import { dashboardEndpoint } from './dashboard-endpoint'
import { evidenceEndpoint } from './evidence-endpoint'

const DAY_MS = 24 * 3600 * 1000
const sessionParams = z.object({ sessionId: documentId })
/** The indicators' period (ISO dates; by default the year up to now) and programme. */
const indicatorsQuery = z.object({ programme: documentId.optional(), from: dateValue.optional(), to: dateValue.optional() })

/** POST /api/reports/session/:sessionId → builds the session report now (staff), or joins the one running. */
const generateEndpoint: Endpoint = {
  path: '/session/:sessionId',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: 'Connexion requise / sign-in required' }, { status: 401 })
    if (!isStaff(req)) return Response.json({ message: 'Réservé à la coordination / coordinators only' }, { status: 403 })
    const params = parseParams(req, sessionParams)
    if (!params.ok) return params.response
    const { sessionId } = params.data
    // The report is built with the system's rights: the session must be one this coordinator reads (their federations).
    const found = await req.payload.count({ collection: 'sessions', where: { id: { equals: sessionId } }, overrideAccess: false, user: req.user, req })
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
    const query = parseQuery(req, indicatorsQuery)
    if (!query.ok) return query.response
    const to = query.data.to ?? new Date()
    const from = query.data.from ?? new Date(to.getTime() - 365 * DAY_MS)
    return Response.json(await resultIndicators(req.payload, { from, to, programmeId: query.data.programme }))
  },
}

export const reportEndpoints: Endpoint[] = [generateEndpoint, indicatorsEndpoint, dashboardEndpoint, evidenceEndpoint, bpfEndpoint]
