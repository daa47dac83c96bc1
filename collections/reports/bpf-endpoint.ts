import type { Endpoint } from 'payload'
import { z } from 'zod'
import { parseQuery } from '../../src/validation/request'
import { text } from '../../src/validation/request-fields'
import { readsAsStaff } from '../../src/access/roles'
import { bilingualMessage, bpfCsv, bpfFilename, bpfPdf, bpfScope, computeBpf, parseBpfYear } from '../../src/reports/bpf'

const refuse = (status: number, message: string, code: string) => Response.json({ message, code }, { status })

/** The year and format as short texts; parseBpfYear then checks the year (digits, not in the future). */
const bpfQuery = z.object({ year: text(20).optional(), format: text(10).optional(), federation: text(100).optional() })

/**
 * GET /api/reports/bpf?year=2026&format=csv|pdf[&federation=<slug or id>] → the bilan pédagogique et financier of the
 * calendar year (src/reports/bpf): a coordinator's federation's (their only one, or the one they name among theirs);
 * for admins and the national coordination the named federation's, or the platform's without one.
 */
export const bpfEndpoint: Endpoint = {
  path: '/bpf',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Connexion requise / sign-in required', 'unauthenticated')
    if (!readsAsStaff(req)) return refuse(403, 'Réservé à la coordination / coordinators only', 'forbidden')
    const query = parseQuery(req, bpfQuery)
    if (!query.ok) return query.response
    const year = parseBpfYear(query.data.year)
    if (!year.ok) return refuse(400, bilingualMessage(year.error), 'invalid_input')
    const format = query.data.format ?? 'csv'
    if (format !== 'csv' && format !== 'pdf') {
      return refuse(400, `Format inconnu : « ${format} » (csv ou pdf). / Unknown format: "${format}" (csv or pdf).`, 'invalid_input')
    }
    const scope = await bpfScope(req.payload, req, query.data.federation)
    if (!scope.ok) return refuse(scope.status, `${scope.fr} / ${scope.en}`, scope.status === 403 ? 'forbidden' : scope.status === 404 ? 'not_found' : 'invalid_input')
    const figures = await computeBpf(req.payload, year.year, new Date(), scope.federationId)
    const body = format === 'csv' ? Buffer.from(bpfCsv(figures), 'utf8') : await bpfPdf(figures)
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf',
        'Content-Disposition': `attachment; filename="${bpfFilename(year.year, format, scope.slug)}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
