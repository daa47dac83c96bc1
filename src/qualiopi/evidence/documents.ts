import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { relationId } from '../../../collections/shared/relation-ids'
import type { DocType } from '../../documents/kinds'
import type { Bilingual, EvidencePart, EvidenceScope } from './types'

interface DocumentRow {
  type: string
  version?: number | null
  file?: unknown
}

/** The bytes and stored name of a media file (generated documents live in the media collection's folder). */
async function readMedia(payload: Payload, mediaId: string): Promise<{ filename: string; content: Buffer } | undefined> {
  const media = await payload.findByID({ collection: 'media', id: mediaId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!media?.filename) return undefined
  const staticDir = payload.collections.media.config.upload.staticDir ?? ''
  try {
    return { filename: media.filename, content: await readFile(path.join(staticDir, media.filename)) }
  } catch {
    // A record whose file is gone (restored database without its media folder) proves nothing: left out.
    return undefined
  }
}

/** Adds a stored media file to a documents sub-folder (a record whose file is missing adds nothing). */
async function addStored(payload: Payload, part: EvidencePart, folder: string, media: unknown): Promise<void> {
  const mediaId = relationId(media)
  const stored = mediaId ? await readMedia(payload, mediaId) : undefined
  if (!stored) return
  part.entries.push({ path: `${folder}/${stored.filename}`, content: stored.content })
  part.items += 1
}

/**
 * Every stored version of one kind of generated document on the period's funding files, as a sub-folder of PDFs
 * named as stored (`<reference>-<type>-v<n>.pdf`).
 */
export async function fileDocumentsPart(scope: EvidenceScope, type: DocType, folder: string, what: Bilingual): Promise<EvidencePart> {
  const part: EvidencePart = { name: `${folder}/`, what, items: 0, entries: [] }
  for (const file of scope.files) {
    const rows = ((file.documents ?? []) as DocumentRow[]).filter((r) => r.type === type)
    for (const row of rows.sort((a, b) => (a.version ?? 1) - (b.version ?? 1))) await addStored(scope.payload, part, folder, row.file)
  }
  return part
}

/** The session reports of the period's sessions (their PDF), every one kept. */
export async function reportPdfsPart(scope: EvidenceScope, folder: string, what: Bilingual): Promise<EvidencePart> {
  const part: EvidencePart = { name: `${folder}/`, what, items: 0, entries: [] }
  const sessionIds = scope.sessions.map((s) => String(s.id))
  if (sessionIds.length === 0) return part
  const { docs } = await scope.payload.find({
    collection: 'reports',
    where: { session: { in: sessionIds } },
    depth: 0,
    pagination: false,
    sort: 'generatedAt',
    overrideAccess: true,
  })
  for (const report of docs) await addStored(scope.payload, part, folder, report.pdf)
  return part
}
