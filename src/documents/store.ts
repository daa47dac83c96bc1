import { randomBytes } from 'node:crypto'
import { createLocalReq, type Payload } from 'payload'
import { relationId } from '../../collections/shared/relation-ids'
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

/**
 * Writes the file's `documents` list without touching its `updatedAt`. The list is the system's alone (field-write
 * rules: SYSTEM), so a person's open edit view cannot overwrite it; but Payload's edit view compares `updatedAt` on
 * the first change and, seeing it moved, says « Document modifié » as if someone had edited the file. A document
 * generated a second after a person's own save or move is not someone else's edit. Hence the adapter's own update
 * (no hooks: nothing else changes, and the rows are built here), in one transaction. The SQLite adapter rewrites
 * every array of the document from the data given: `documents` must stay the file's only array (a test holds it).
 */
async function appendKeepingUpdatedAt(payload: Payload, fileId: string, documents: DocumentRow[]): Promise<void> {
  const req = await createLocalReq({}, payload)
  await inTransaction(req, () => payload.db.updateOne({ collection: 'funding-files', id: fileId, data: { documents }, req }))
}
