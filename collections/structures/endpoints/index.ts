import type { Endpoint, PayloadRequest } from 'payload'
import { hasRole, isStaff } from '../../../src/access/roles'
import { CONTACT_ORDER } from '../../../src/campaigns/contact-status'
import { isRegion } from '../../../src/campaigns/clone'
import { structuresCsv } from '../../../src/import/export'
import { bilingual } from '../../../src/validation/messages'
import { facilitatorScope } from '../../shared/access/tenancy'
import { csvDownload, problem, refuseUnlessStaff, today, unauthenticated } from '../../imports/endpoints/responses'
import { assignStructuresByDepartement } from './assign'
import { exportRows, exportWhere } from './export-rows'

const param = (req: PayloadRequest, name: string): string | undefined => req.searchParams.get(name) ?? undefined

/**
 * GET /api/structures/export.csv[?region=&departement=&contactStatus=&facilitator=] — the structures the caller
 * may read (staff: all; a facilitator: theirs), in the import format.
 */
const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return unauthenticated()
    const where = exportWhere({
      region: param(req, 'region'),
      departement: param(req, 'departement'),
      contactStatus: param(req, 'contactStatus'),
      facilitator: param(req, 'facilitator'),
    })
    const rows = await exportRows(req.payload, { where, user: req.user })
    return csvDownload(structuresCsv(rows), `structures-${today()}.csv`)
  },
}

const NOT_YOUR_LIST = bilingual('Vous ne pouvez exporter que votre propre liste', 'you may export your own list only')
const FACILITATOR_REQUIRED = bilingual('Paramètre « facilitator » (animateur) obligatoire', 'the "facilitator" parameter is required')
const rank = (status: unknown) => CONTACT_ORDER.indexOf(status as (typeof CONTACT_ORDER)[number])

/**
 * GET /api/structures/worklist.csv[?facilitator=<profile id>] — a facilitator's worklist: the structures assigned
 * to them, to approach first. A facilitator gets their own (the parameter is optional for them); staff name one.
 */
const worklistCsv: Endpoint = {
  path: '/worklist.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return unauthenticated()
    let ids: string[]
    const asked = param(req, 'facilitator')
    if (isStaff(req)) {
      if (!asked) return problem(400, 'invalid_input', FACILITATOR_REQUIRED)
      ids = [asked]
    } else if (hasRole(req, 'facilitator')) {
      const own = (await facilitatorScope(req)).profileIds
      if (asked && !own.includes(asked)) return problem(403, 'forbidden', NOT_YOUR_LIST)
      ids = asked ? [asked] : own
    } else return problem(403, 'forbidden', NOT_YOUR_LIST)
    const rows = ids.length ? await exportRows(req.payload, { where: { assignedFacilitator: { in: ids } }, user: req.user }) : []
    rows.sort((a, b) => rank(a.contactStatus) - rank(b.contactStatus) || a.name.localeCompare(b.name, 'fr'))
    return csvDownload(structuresCsv(rows), `liste-structures-${today()}.csv`)
  },
}

/** POST /api/structures/assign-by-departement `{ region? }` — staff: gives unassigned structures a facilitator. */
const assign: Endpoint = {
  path: '/assign-by-departement',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const body = ((await req.json?.().catch(() => ({}))) ?? {}) as { region?: unknown }
    if (body.region !== undefined && !isRegion(body.region)) {
      return problem(400, 'invalid_input', bilingual('Région inconnue', 'unknown region'))
    }
    const plan = await assignStructuresByDepartement(req.payload, body.region as string | undefined)
    return Response.json({ assigned: plan.assignments.length, unmatched: plan.unmatched })
  },
}

export const structureEndpoints: Endpoint[] = [exportCsv, worklistCsv, assign]
