import type { Endpoint } from 'payload'
import { isStaff } from '../../src/access/roles'
import { loadDashboard } from '../../src/reports/dashboard/load'
import { parseDashboardFilters } from '../../src/reports/dashboard/filters'

const bilingual = (error: { fr: string; en: string }) => `${error.fr} / ${error.en}`

/**
 * GET /api/reports/dashboard?campaign=&region=&from=YYYY-MM-DD&to=YYYY-MM-DD → the campaign dashboard's figures,
 * each with the admin list behind it (coordinators and admins). The admin view draws the same object.
 */
export const dashboardEndpoint: Endpoint = {
  path: '/dashboard',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: 'Connexion requise / sign-in required' }, { status: 401 })
    if (!isStaff(req)) return Response.json({ message: 'Réservé à la coordination / coordinators only' }, { status: 403 })
    const parsed = parseDashboardFilters((req.query ?? {}) as Record<string, unknown>)
    if (!parsed.ok) return Response.json({ message: bilingual(parsed.error) }, { status: 400 })
    const result = await loadDashboard(req.payload, parsed.filters)
    if (!result.ok) return Response.json({ message: bilingual(result.error) }, { status: 404 })
    return Response.json(result.dashboard)
  },
}
