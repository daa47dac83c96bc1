import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { hasRole, isStaff } from '../access/roles'
import { loadOrganisation } from '../documents/provider'
import { inReach } from '../../collections/shared/access/in-reach'
import { controllerFederation } from './controller'
import { parseBody, parseQuery } from '../validation/request'
import { bilingual } from '../validation/messages'
import { says } from '../validation/request-issues'
import { collectPersonalData } from './collect'
import { erasePersonalData } from './erase'
import { personalDataPdf } from './export-pdf'
import { collectionOf, hasOneSubject, ONE_SUBJECT, recordRequest, subjectFields, subjectOf, unknownSubject, type Requester, type Subject } from './subject'

const refuse = (status: number, code: string, message: string) => Response.json({ message, code }, { status })

/** Personal data of every structure: coordinators and admins only (anonymous included: 403, nothing said). */
const FORBIDDEN = () => refuse(403, 'forbidden', bilingual('Réservé à la coordination et aux administrateurs', 'coordinators and administrators only'))

const requester = (req: PayloadRequest): Requester => {
  const user = req.user as { id?: string | number; name?: string } | null
  return { id: user?.id === undefined ? undefined : String(user.id), name: user?.name }
}

const exportSchema = z
  .object({ ...subjectFields, format: z.enum(['json', 'pdf'], says('« json » ou « pdf »', '"json" or "pdf"')).optional() })
  .refine(hasOneSubject, ONE_SUBJECT)

/**
 * Is the person one the caller may read (their collection rules and federations)? Export and erasure read and write
 * with the system's rights, so a coordinator of one federation is kept to its participants here: another's is
 * « nobody with that id », as in their lists.
 */
const subjectInReach = async (req: PayloadRequest, subject: Subject): Promise<boolean> => Boolean(await inReach(req, collectionOf(subject), subject.id))

const NOBODY = (subject: Subject) => refuse(404, 'not_found', bilingual(`Aucune personne avec l’identifiant ${subject.id}`, `nobody with id ${subject.id}`))

async function exportHandler(req: PayloadRequest, input: z.output<typeof exportSchema>): Promise<Response> {
  const subject = subjectOf(input)
  const now = new Date()
  if (!(await subjectInReach(req, subject))) return NOBODY(subject)
  const data = await collectPersonalData(req.payload, subject, now)
  if (!data) return NOBODY(subject)
  await recordRequest(req.payload, { kind: 'export', subjectType: subject.type, subjectId: subject.id, at: now, by: requester(req) })
  const name = `donnees-personnelles-${subject.type}-${subject.id}`
  const headers = { 'Cache-Control': 'private, no-store' }
  if (input.format === 'pdf') {
    // The controller (the training organisation of the person's federation) is the document's author.
    const controller = await loadOrganisation(req.payload, req, await controllerFederation(req.payload, subject))
    const pdf = await personalDataPdf(data, controller.name)
    return new Response(new Uint8Array(pdf), { status: 200, headers: { ...headers, 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${name}.pdf"` } })
  }
  return Response.json(data, { status: 200, headers: { ...headers, 'Content-Disposition': `attachment; filename="${name}.json"` } })
}

/**
 * POST /api/personal-data/export {participant|user: id, format?: json|pdf} → everything essaim holds about the
 * person (GDPR art. 15), as JSON or a readable PDF; each export is recorded in the register of requests.
 * GET with the same query parameters serves the admin's download links.
 */
export const personalDataExportEndpoints: Endpoint[] = [
  {
    path: '/personal-data/export',
    method: 'post',
    handler: async (req) => {
      if (!isStaff(req)) return FORBIDDEN()
      const body = await parseBody(req, exportSchema)
      return body.ok ? exportHandler(req, body.data) : body.response
    },
  },
  {
    path: '/personal-data/export',
    method: 'get',
    handler: async (req) => {
      if (!isStaff(req)) return FORBIDDEN()
      const query = parseQuery(req, exportSchema)
      return query.ok ? exportHandler(req, query.data) : query.response
    },
  },
]

const eraseSchema = z
  .object({
    ...subjectFields,
    // The coordinator confirms on purpose: an erasure cannot be undone.
    confirm: z.literal(true, { errorMap: () => says('true attendu : l’effacement est définitif', 'expected true: the erasure cannot be undone') }),
  })
  .refine(hasOneSubject, ONE_SUBJECT)

/** POST /api/personal-data/erase {participant|user: id, confirm: true} → erasure by anonymisation (src/gdpr/erase.ts). */
export const personalDataEraseEndpoint: Endpoint = {
  path: '/personal-data/erase',
  method: 'post',
  handler: async (req) => {
    if (!isStaff(req)) return FORBIDDEN()
    const body = await parseBody(req, eraseSchema)
    if (!body.ok) return body.response
    const subject = subjectOf(body.data)
    const unknown = unknownSubject(subject)
    if (!(await subjectInReach(req, subject))) return refuse(404, 'not_found', bilingual(unknown.fr, unknown.en))
    const result = await erasePersonalData(req.payload, subjectOf(body.data), { ...requester(req), isAdmin: hasRole(req, 'admin') }, new Date())
    if (!result.ok) return refuse(result.status, result.code, result.message)
    return Response.json({ erased: true, alreadyErased: result.alreadyErased, keptName: result.keptName, outcome: result.outcome }, { status: 200 })
  },
}

export const personalDataEndpoints: Endpoint[] = [...personalDataExportEndpoints, personalDataEraseEndpoint]
