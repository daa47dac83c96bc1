import type { Endpoint } from 'payload'
import { z } from 'zod'
import { parseQuery } from '../../src/validation/request'
import { documentId, text } from '../../src/validation/request-fields'
import { readsAsStaff } from '../../src/access/roles'
import { memberFederations } from '../shared/access/federation-scope'
import { buildEvidenceArchive, checkProgramme, evidenceFilename, parseEvidencePeriod } from '../../src/qualiopi/evidence'

const refuse = (status: number, message: string, code: string) => Response.json({ message, code }, { status })

/** The period's shape (short texts, a plain id); parseEvidencePeriod then checks the days and their order. */
const evidenceQuery = z.object({ from: text(40).optional(), to: text(40).optional(), programme: documentId.optional() })

/**
 * GET /api/reports/qualiopi-evidence?from=YYYY-MM-DD&to=YYYY-MM-DD[&programme=<id>] → the Qualiopi evidence
 * archive of the period (zip, a folder per indicator), for coordinators and admins: it holds personal data
 * (attendance, answers, complaints) of every structure.
 */
export const evidenceEndpoint: Endpoint = {
  path: '/qualiopi-evidence',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Connexion requise / sign-in required', 'unauthenticated')
    if (!readsAsStaff(req)) return refuse(403, 'Réservé à la coordination / coordinators only', 'forbidden')
    const query = parseQuery(req, evidenceQuery)
    if (!query.ok) return query.response
    const parsed = parseEvidencePeriod(query.data)
    if (!parsed.ok) return refuse(400, parsed.error, 'invalid_input')
    const unknown = await checkProgramme(req.payload, parsed.period.programmeId)
    if (unknown) return refuse(400, unknown, 'invalid_input')
    // A coordinator's archive holds their federations' sessions and complaints only (personal data of the others').
    const zip = await buildEvidenceArchive(req.payload, { ...parsed.period, federations: memberFederations(req) })
    return new Response(new Uint8Array(zip), {
      status: 200,
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${evidenceFilename(parsed.from, parsed.to)}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
