import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Forbidden, type Endpoint, type PayloadRequest } from 'payload'
import { isStaff } from '../../../src/access/roles'
import { GENERATED_DOCUMENTS, isDocType } from '../../../src/documents/kinds'
import { isFileDocType } from '../../../src/documents'
import { relationId } from '../../shared/relation-ids'

const json = (status: number, fr: string, en: string, code?: string) => Response.json({ message: `${fr} / ${en}`, code }, { status })

interface DocumentRow {
  type: string
  version?: number | null
  file?: unknown
}

/** The file as the user may read it; a role with no access at all is told the same as a file of another tenant. */
async function readableFile(req: PayloadRequest, id: string) {
  try {
    const { docs } = await req.payload.find({ collection: 'funding-files', where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: false, user: req.user })
    return docs[0]
  } catch (error) {
    if (error instanceof Forbidden) return undefined
    throw error
  }
}

/**
 * GET /api/funding-files/:id/documents/:docType[?version=n] → the PDF (latest version by default), to whoever may
 * read the file (the file's read access decides, as for the file itself).
 */
const downloadEndpoint: Endpoint = {
  path: '/:id/documents/:docType',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return json(401, 'Connexion requise', 'sign-in required', 'unauthenticated')
    const id = String(req.routeParams?.id)
    const docType = String(req.routeParams?.docType)
    if (!isDocType(docType)) return json(400, `Type de document inconnu : ${docType}`, `unknown document type: ${docType}`, 'invalid_input')
    const file = await readableFile(req, id)
    if (!file) return json(404, 'Dossier introuvable ou inaccessible', 'file not found or not accessible', 'not_found')
    const wanted = Number((req.query as Record<string, unknown>).version)
    const rows = ((file.documents ?? []) as DocumentRow[]).filter((r) => r.type === docType)
    const row = Number.isInteger(wanted) && wanted > 0 ? rows.find((r) => r.version === wanted) : rows.sort((a, b) => (b.version ?? 1) - (a.version ?? 1))[0]
    const mediaId = relationId(row?.file)
    if (!row || !mediaId) return json(404, `Pas encore de document « ${GENERATED_DOCUMENTS[docType].fr} » pour ce dossier`, `no "${GENERATED_DOCUMENTS[docType].en}" document on this file yet`, 'not_found')
    // The media record is read as the system: the file's access, checked above, is what protects its documents.
    const media = await req.payload.findByID({ collection: 'media', id: mediaId, depth: 0, overrideAccess: true })
    const staticDir = req.payload.collections.media.config.upload.staticDir ?? ''
    const body = await readFile(path.join(staticDir, media.filename ?? ''))
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${media.filename}"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}

/** POST /api/funding-files/:id/documents/:docType → builds a new version now (coordinators and admins). */
const regenerateEndpoint: Endpoint = {
  path: '/:id/documents/:docType',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return json(401, 'Connexion requise', 'sign-in required', 'unauthenticated')
    if (!isStaff(req)) return json(403, 'Réservé à la coordination', 'coordinators only', 'forbidden')
    const id = String(req.routeParams?.id)
    const docType = String(req.routeParams?.docType)
    if (!isFileDocType(docType)) return json(400, `Document non générable ici : ${docType}`, `document cannot be generated here: ${docType}`, 'invalid_input')
    const { generateFileDocuments } = await import('../../../jobs/documents')
    const [stored] = await generateFileDocuments(req.payload, id, [docType])
    return Response.json({ document: stored }, { status: 201 })
  },
}

export const documentEndpoints: Endpoint[] = [downloadEndpoint, regenerateEndpoint]
