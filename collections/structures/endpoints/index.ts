import type { Endpoint } from 'payload'
import { z } from 'zod'
import { hasRole, isStaff } from '../../../src/access/roles'
import { CONTACT_ORDER } from '../../../src/campaigns/contact-status'
import { structuresCsv } from '../../../src/import/export'
import { bilingual } from '../../../src/validation/messages'
import { parseBody, parseQuery } from '../../../src/validation/request'
import { departementCode, documentId, regionCode } from '../../../src/validation/request-fields'
import { memberFederations } from '../../shared/access/federation-scope'
import { facilitatorScope } from '../../shared/access/tenancy'
import { csvDownload, problem, refuseUnlessStaff, today, unauthenticated } from '../../imports/endpoints/responses'
import { assignStructuresByDepartement } from './assign'
import { exportRows, exportWhere } from './export-rows'
import { unsubscribeEndpoints } from './unsubscribe'

/** The export's filters (unknown parameters are ignored, as cache-busters are). */
const exportQuery = z.object({
  region: regionCode.optional(),
  departement: departementCode.optional(),
  contactStatus: z.enum(CONTACT_ORDER).optional(),
  facilitator: documentId.optional(),
})
const worklistQuery = z.object({ facilitator: documentId.optional() })
const assignBody = z.object({ region: regionCode.optional() }).strict()

/**
 * GET /api/structures/export.csv[?region=&departement=&contactStatus=&facilitator=] — the structures the caller
 * may read (staff: all; a facilitator: theirs), in the import format.
 */
const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return unauthenticated()
    const query = parseQuery(req, exportQuery)
    if (!query.ok) return query.response
    const where = exportWhere(query.data)
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
    const query = parseQuery(req, worklistQuery)
    if (!query.ok) return query.response
    let ids: string[]
    const asked = query.data.facilitator
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
    const body = await parseBody(req, assignBody)
    if (!body.ok) return body.response
    // A coordinator shares out their federations' structures only; an admin every federation's.
    const plan = await assignStructuresByDepartement(req.payload, body.data.region, memberFederations(req))
    return Response.json({ assigned: plan.assignments.length, unmatched: plan.unmatched })
  },
}

export const structureEndpoints: Endpoint[] = [exportCsv, worklistCsv, assign, ...unsubscribeEndpoints]
