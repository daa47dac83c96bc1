import type { Endpoint } from 'payload'
import { NATIONAL_ONLY, mayReadNationalDashboard } from './access'
import { loadNationalDashboard } from './load-national'

/**
 * GET /api/dashboard/national → every federation's campaign figures side by side (src/reports/national/types.ts),
 * each with the admin list behind it. The admin view /admin/vue-nationale draws the same object.
 */
export const nationalDashboardEndpoint: Endpoint = {
  path: '/dashboard/national',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: 'Connexion requise / sign-in required', code: 'unauthenticated' }, { status: 401 })
    // Checked before anything is read: the figures below are read with the system's rights.
    if (!mayReadNationalDashboard(req)) return Response.json({ message: `${NATIONAL_ONLY.fr} / ${NATIONAL_ONLY.en}`, code: 'forbidden' }, { status: 403 })
    return Response.json(await loadNationalDashboard(req.payload))
  },
}
