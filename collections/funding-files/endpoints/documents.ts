import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Endpoint, PayloadRequest } from 'payload'
import { isStaff } from '../../../src/access/roles'
import { GENERATED_DOCUMENTS, isDocType } from '../../../src/documents/kinds'
import { isFileDocType } from '../../../src/documents'
import { inReach } from '../../shared/access/in-reach'
import { isGeneratedForFile } from '../../../src/access/reference-scope-rules'
import { relationId } from '../../shared/relation-ids'
import { z } from 'zod'
import { parseParams, parseQuery } from '../../../src/validation/request'
import { documentId } from '../../../src/validation/request-fields'

const json = (status: number, fr: string, en: string, code?: string) => Response.json({ message: `${fr} / ${en}`, code }, { status })

interface DocumentRow {
  type: string
  version?: number | null
  file?: unknown
}

/** The file as the user may read it; a role with no access at all is told the same as a file of another tenant. */
const readableFile = (req: PayloadRequest, id: string) => inReach(req, 'funding-files', id)

/** The media record as this user may read it (the media's own read access), or undefined. */
async function readableMedia(req: PayloadRequest, id: string) {
  const { docs } = await req.payload.find({ collection: 'media', where: { id: { equals: id } }, depth: 0, limit: 1, overrideAccess: false, user: req.user })
  return docs[0]
}

/** Route parameters and the download's query (`version`: a whole number; the latest when absent). */
const documentParams = z.object({ id: documentId, docType: z.string().max(60) })
const downloadQuery = z.object({ version: z.string().regex(/^\d{1,6}$/).transform(Number).optional() })

/**
 * GET /api/funding-files/:id/documents/:docType[?version=n] → the PDF (latest version by default), to whoever may
 * read the file (the file's read access decides, as for the file itself) and the media, when it was generated for it.
 */
const downloadEndpoint: Endpoint = {
  path: '/:id/documents/:docType',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return json(401, 'Connexion requise', 'sign-in required', 'unauthenticated')
    const params = parseParams(req, documentParams)
    if (!params.ok) return params.response
    const query = parseQuery(req, downloadQuery)
    if (!query.ok) return query.response
    const { id, docType } = params.data
    if (!isDocType(docType)) return json(400, `Type de document inconnu : ${docType}`, `unknown document type: ${docType}`, 'invalid_input')
    const file = await readableFile(req, id)
    if (!file) return json(404, 'Dossier introuvable ou inaccessible', 'file not found or not accessible', 'not_found')
    const wanted = query.data.version ?? 0
    const rows = ((file.documents ?? []) as DocumentRow[]).filter((r) => r.type === docType)
    const row = Number.isInteger(wanted) && wanted > 0 ? rows.find((r) => r.version === wanted) : rows.sort((a, b) => (b.version ?? 1) - (a.version ?? 1))[0]
    const mediaId = relationId(row?.file)
    if (!row || !mediaId) return json(404, `Pas encore de document « ${GENERATED_DOCUMENTS[docType].fr} » pour ce dossier`, `no "${GENERATED_DOCUMENTS[docType].en}" document on this file yet`, 'not_found')
    // A row of the file is not proof enough (issue 16: a structure admin wrote another structure's media id into
    // their own file): the media must be readable by this user AND a document generated for this very file.
    const media = await readableMedia(req, mediaId)
    if (!media || !isGeneratedForFile(media as unknown as Record<string, unknown>, file)) {
      req.payload.logger.warn({ msg: 'document download refused: media not generated for this file', fileId: id, mediaId, user: req.user.id })
      return json(404, `Pas de document « ${GENERATED_DOCUMENTS[docType].fr} » produit pour ce dossier`, `no "${GENERATED_DOCUMENTS[docType].en}" document generated for this file`, 'not_found')
    }
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
    const params = parseParams(req, documentParams)
    if (!params.ok) return params.response
    const { id, docType } = params.data
    if (!isFileDocType(docType)) return json(400, `Document non générable ici : ${docType}`, `document cannot be generated here: ${docType}`, 'invalid_input')
    // Generation runs with the system's rights: the file must be one this coordinator reads (their federations).
    if (!(await readableFile(req, id))) return json(404, 'Dossier introuvable ou inaccessible', 'file not found or not accessible', 'not_found')
    const { generateFileDocuments } = await import('../../../jobs/shared/documents')
    const [stored] = await generateFileDocuments(req.payload, id, [docType])
    return Response.json({ document: stored }, { status: 201 })
  },
}

export const documentEndpoints: Endpoint[] = [downloadEndpoint, regenerateEndpoint]
