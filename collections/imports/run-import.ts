import type { Payload } from 'payload'
import { parseStructureFile, type ParsedFile, type RefusedFile } from '../../src/import/parse'
import type { RowError } from '../../src/import/rows'
import { createLogger } from '../../src/lib/logger'
import { soleFederationId } from '../shared/fields/federation'
import { writeStructureRows, type WriteCounts } from './write-rows'

const log = createLogger('import')

export const IMPORTS_SLUG = 'structure-imports'

export interface ImportProgress extends WriteCounts {
  total: number
  /** Lines refused by the file check (before writing) and by the writer. */
  rejected: number
}

export interface ImportRequest {
  bytes: Uint8Array
  filename: string
  source: 'admin' | 'cli'
  userId?: string
  /** The federation new structures go into (the importer's); by default the platform's only one. */
  federationId?: string
  batchSize?: number
  /** Told after each committed batch (the CLI prints it). */
  onProgress?: (progress: ImportProgress) => void
}

export interface StartedImport {
  importId: string
  parsed: ParsedFile | RefusedFile
  /** Settles when every row is written (at once for a refused file). */
  done: Promise<ImportProgress | undefined>
}

/** Lines refused by the file check count as processed (and refused) from the start: the figure reaches total. */
const progressOf = (parsed: ParsedFile, counts: WriteCounts): ImportProgress => ({
  ...counts,
  processed: counts.processed + parsed.rejected,
  total: parsed.total,
  rejected: parsed.rejected + counts.failed,
})

/**
 * Starts an import: the whole file is read and checked first; a refused file is recorded with its reason and
 * nothing else is written. Otherwise an import document records the run (processed / total, updated with each
 * committed batch: the admin's progress figure) and the rows are upserted; `done` settles at the end. The caller
 * decides whether to wait (CLI) or to answer at once and let the admin poll (endpoint).
 */
export async function startStructureImport(payload: Payload, request: ImportRequest): Promise<StartedImport> {
  const parsed = await parseStructureFile(request.bytes, request.filename)
  const common = {
    filename: request.filename,
    source: request.source,
    startedBy: request.userId,
    // The federation its structures go into (the import's reach for the federation's members); none while several
    // exist and none is named: the writing then refuses, and only admins read the row.
    federation: request.federationId ?? (await soleFederationId(payload)),
    startedAt: new Date().toISOString(),
    format: parsed.format,
  }
  if (!parsed.ok) {
    const doc = await payload.create({
      collection: IMPORTS_SLUG,
      overrideAccess: true,
      data: { ...common, status: 'refused', fileError: parsed.error, finishedAt: new Date().toISOString() },
    })
    return { importId: String(doc.id), parsed, done: Promise.resolve(undefined) }
  }
  const doc = await payload.create({
    collection: IMPORTS_SLUG,
    overrideAccess: true,
    data: { ...common, status: 'running', total: parsed.total, processed: parsed.rejected, rejected: parsed.rejected, rowErrors: parsed.errors },
  })
  const importId = String(doc.id)
  const done = writeAll(payload, importId, parsed, request)
  return { importId, parsed, done }
}

async function writeAll(payload: Payload, importId: string, parsed: ParsedFile, request: ImportRequest): Promise<ImportProgress> {
  try {
    const { counts, errors } = await writeStructureRows(payload, parsed.valid, {
      batchSize: request.batchSize,
      federationId: request.federationId,
      context: { structureImport: importId },
      onBatch: async (counts, req) => {
        const progress = progressOf(parsed, counts)
        await payload.update({ collection: IMPORTS_SLUG, id: importId, data: progress, depth: 0, overrideAccess: true, req })
        request.onProgress?.(progress)
      },
    })
    const progress = progressOf(parsed, counts)
    const rowErrors: RowError[] = [...parsed.errors, ...errors].sort((a, b) => a.line - b.line)
    await payload.update({
      collection: IMPORTS_SLUG,
      id: importId,
      overrideAccess: true,
      data: { ...progress, status: 'done', rowErrors, finishedAt: new Date().toISOString() },
    })
    log.info('import done', { importId, ...progress })
    return progress
  } catch (error) {
    // A crash (database gone…) leaves the batches committed so far: re-running the same file finishes the job,
    // since rows are upserted by SIRET.
    const message = error instanceof Error ? error.message : String(error)
    log.error('import failed', { importId, error: message })
    await payload
      .update({ collection: IMPORTS_SLUG, id: importId, overrideAccess: true, data: { status: 'failed', fileError: message.slice(0, 1000), finishedAt: new Date().toISOString() } })
      .catch(() => undefined)
    throw error
  }
}
