import type { Endpoint } from 'payload'
import { z } from 'zod'
import { parseQuery } from '../../src/validation/request'
import { documentId, text } from '../../src/validation/request-fields'
import { readsAsStaff } from '../../src/access/roles'
import { loadDashboard } from '../../src/reports/dashboard/load'
import { dashboardScopeFor } from '../../src/reports/dashboard/federation-scope'
import { parseDashboardFilters } from '../../src/reports/dashboard/filters'

const bilingual = (error: { fr: string; en: string }) => `${error.fr} / ${error.en}`

/** The filters' shape (one short text each); parseDashboardFilters then checks the region and the days. */
const dashboardQuery = z.object({
  campaign: documentId.optional(),
  region: text(40).optional(),
  from: text(40).optional(),
  to: text(40).optional(),
})

/**
 * GET /api/reports/dashboard?campaign=&region=&from=YYYY-MM-DD&to=YYYY-MM-DD → the campaign dashboard's figures,
 * each with the admin list behind it (coordinators and admins). The admin view draws the same object.
 */
export const dashboardEndpoint: Endpoint = {
  path: '/dashboard',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: 'Connexion requise / sign-in required' }, { status: 401 })
    if (!readsAsStaff(req)) return Response.json({ message: 'Réservé à la coordination / coordinators only' }, { status: 403 })
    const query = parseQuery(req, dashboardQuery)
    if (!query.ok) return query.response
    const parsed = parseDashboardFilters(query.data)
    if (!parsed.ok) return Response.json({ message: bilingual(parsed.error), code: 'invalid_input' }, { status: 400 })
    const result = await loadDashboard(req.payload, parsed.filters, { federation: dashboardScopeFor(req) })
    if (!result.ok) return Response.json({ message: bilingual(result.error), code: 'not_found' }, { status: 404 })
    return Response.json(result.dashboard)
  },
}
