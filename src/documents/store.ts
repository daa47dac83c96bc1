import { randomBytes } from 'node:crypto'
import { createLocalReq, type Payload } from 'payload'
import { relationId } from '../../collections/shared/relation-ids'
import { writeSystemFields } from '../lib/system-write'
import { inTransaction } from '../lib/transaction'
import { GENERATED_DOCUMENTS, type DocType } from './kinds'

export interface StoredDocument {
  type: string
  title: string
  mediaId: string
  version: number
}

interface DocumentRow {
  id?: string | null
  type: string
  title?: string | null
  file?: unknown
  version?: number | null
}

/** The next version of a document type on a file: a regenerated document never replaces the previous one. */
export const nextVersion = (rows: readonly Pick<DocumentRow, 'type' | 'version'>[], type: string): number =>
  rows.filter((r) => r.type === type).reduce((max, r) => Math.max(max, r.version ?? 1), 0) + 1

/**
 * Uploads a generated PDF (media, readable by the file's structure and the team only) and appends it to the file's `documents` with version n+1. Callers
 * store a file's documents one after the other (one job per file), so the read-modify-write of the array is safe.
 */
export async function storeFileDocument(
  payload: Payload,
  args: { fileId: string; type: DocType; pdf: Buffer; reference: string },
): Promise<StoredDocument> {
  const file = await payload.findByID({ collection: 'funding-files', id: args.fileId, depth: 0, overrideAccess: true })
  const rows = (file.documents ?? []) as DocumentRow[]
  const version = nextVersion(rows, args.type)
  const title = `${GENERATED_DOCUMENTS[args.type].fr} · ${args.reference} · v${version}`
  const media = await payload.create({
    collection: 'media',
    overrideAccess: true,
    data: { alt: title, audience: 'structure', structure: relationId(file.structure) },
    file: {
      data: args.pdf,
      mimetype: 'application/pdf',
      name: `${args.reference}-${args.type}-v${version}.pdf`.replace(/[^\w.-]+/g, '-'),
      size: args.pdf.length,
    },
  })
  await appendKeepingUpdatedAt(payload, args.fileId, [
    ...rows.map((r) => ({ id: r.id, type: r.type, title: r.title, file: relationId(r.file), version: r.version })),
    { id: randomBytes(12).toString('hex'), type: args.type, title, file: media.id, version },
  ])
  return { type: args.type, title, mediaId: String(media.id), version }
}

/** The `documents` list is the system's alone: written whole, in one transaction, without moving `updatedAt` (src/lib/system-write.ts). */
async function appendKeepingUpdatedAt(payload: Payload, fileId: string, documents: DocumentRow[]): Promise<void> {
  const req = await createLocalReq({}, payload)
  // `documents` must stay the file's only array: the SQLite adapter rewrites every array of the row (a test holds it).
  await inTransaction(req, () => writeSystemFields(payload, req, 'funding-files', fileId, { documents }))
}
