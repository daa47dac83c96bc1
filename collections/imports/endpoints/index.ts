import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'
import { parseParams, parseQuery } from '../../../src/validation/request'
import { documentId } from '../../../src/validation/request-fields'
import { errorReportCsv } from '../../../src/import/report'
import type { RowError } from '../../../src/import/rows'
import { bilingual } from '../../../src/validation/messages'
import { createLogger } from '../../../src/lib/logger'
import { IMPORTS_SLUG, startStructureImport } from '../run-import'
import { memberFederations } from '../../shared/access/federation-scope'
import { CHOOSE_FEDERATION, soleFederationId } from '../../shared/fields/federation'
import { csvDownload, notFound, problem, refuseUnlessStaff } from './responses'

const log = createLogger('import')

const NO_FILE = bilingual(
  'Aucun fichier reçu : envoyez-le dans le champ « file » (multipart/form-data) ou comme corps de la requête',
  'no file received: send it in the "file" field (multipart/form-data) or as the request body',
)

/** `?filename=` names a raw-body upload (its extension tells CSV from XLSX); `?federation=` where new structures go. */
const uploadQuery = z.object({ filename: z.string().min(1).max(200).optional(), federation: documentId.optional() })

const NOT_YOUR_FEDERATION = bilingual('Vous n’importez que dans vos fédérations', 'you import into your own federations only')
const NO_SUCH_FEDERATION = bilingual('Cette fédération n’existe pas', 'this federation does not exist')

/**
 * The federation an import puts new structures into: the one named (a member's own, or any existing one for an
 * admin), else a member's only federation, else the platform's only one; with several and none named, a refusal
 * before anything is read or written.
 */
async function importFederation(req: PayloadRequest, named: string | undefined): Promise<{ id: string } | { refusal: string }> {
  const mine = memberFederations(req)
  if (named) {
    if (mine) return mine.includes(named) ? { id: named } : { refusal: NOT_YOUR_FEDERATION }
    const exists = await req.payload.findByID({ collection: 'federations', id: named, depth: 0, overrideAccess: true, disableErrors: true })
    return exists ? { id: named } : { refusal: NO_SUCH_FEDERATION }
  }
  if (mine?.length === 1) return { id: mine[0]! }
  const sole = mine && mine.length > 1 ? undefined : await soleFederationId(req.payload)
  return sole ? { id: sole } : { refusal: `${CHOOSE_FEDERATION.fr} / ${CHOOSE_FEDERATION.en}` }
}
const importParams = z.object({ id: documentId })

/** The uploaded file: the `file` part of a form (admin), or the raw body with `?filename=` (scripts, curl). */
async function uploadedFile(req: PayloadRequest, filename = 'import.csv'): Promise<{ bytes: Uint8Array; filename: string } | undefined> {
  const type = req.headers.get('content-type') ?? ''
  if (type.includes('multipart/')) {
    await addDataAndFileToRequest(req)
    const file = req.file as unknown as { data?: Buffer; name?: string } | undefined
    return file?.data?.length ? { bytes: new Uint8Array(file.data), filename: file.name ?? 'import.csv' } : undefined
  }
  const body = req.arrayBuffer ? new Uint8Array(await req.arrayBuffer()) : undefined
  return body?.length ? { bytes: body, filename } : undefined
}

/**
 * POST /api/structure-imports/upload — starts an import. A refused file answers 400 with the reason (and the
 * import document that records it); an accepted one answers 202 at once with the import's id, whose document
 * shows the progress while the rows are written in the background.
 */
const upload: Endpoint = {
  path: '/upload',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const query = parseQuery(req, uploadQuery)
    if (!query.ok) return query.response
    const federation = await importFederation(req, query.data.federation)
    if ('refusal' in federation) return problem(400, 'federation', federation.refusal)
    const file = await uploadedFile(req, query.data.filename)
    if (!file) return problem(400, 'no_file', NO_FILE)
    const started = await startStructureImport(req.payload, {
      ...file,
      source: 'admin',
      userId: req.user ? String(req.user.id) : undefined,
      federationId: federation.id,
    })
    if (!started.parsed.ok) return problem(400, 'file_refused', started.parsed.error, { id: started.importId })
    // The request ends here; the rows go on being written by this server process.
    started.done.catch((error: unknown) => log.error('background import failed', { importId: started.importId, error }))
    const { total, rejected } = started.parsed
    return Response.json({ id: started.importId, total, rejected, status: 'running' }, { status: 202 })
  },
}

/** GET /api/structure-imports/:id/errors.csv — the per-row error report of an import. */
const errorsCsv: Endpoint = {
  path: '/:id/errors.csv',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const params = parseParams(req, importParams)
    if (!params.ok) return params.response
    const doc = await req.payload.findByID({ collection: IMPORTS_SLUG, id: params.data.id, depth: 0, disableErrors: true, overrideAccess: true })
    if (!doc) return notFound({ fr: 'Import', en: 'import' })
    const errors = (Array.isArray(doc.rowErrors) ? doc.rowErrors : []) as RowError[]
    // A refused file has one problem, on no particular line: the report says it on line 0.
    const lines = doc.fileError && errors.length === 0 ? [{ line: 0, message: doc.fileError }] : errors
    return csvDownload(errorReportCsv(lines), `erreurs-import-${String(doc.id).slice(0, 8)}.csv`)
  },
}

export const importEndpoints: Endpoint[] = [upload, errorsCsv]
