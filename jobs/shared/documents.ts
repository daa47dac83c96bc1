import type { Payload } from 'payload'
import { FILE_DOCUMENT_BUILDERS, PLAN_DOCUMENTS, type FileDocType } from '../../src/documents'
import { loadDocumentFacts } from '../../src/documents/load-facts'
import { storeFileDocument, type StoredDocument } from '../../src/documents/store'
import { createLogger } from '../../src/lib/logger'
import type { GeneratedDocument } from '../../src/workflow'
import type { Queues } from '../plumbing/queues'
import { requestSessionReport } from './report-flow'

const log = createLogger('documents')

/** Builds the given documents from the file's current facts and stores each as a new version on the file. */
export async function generateFileDocuments(
  payload: Payload,
  fileId: string,
  types: readonly FileDocType[],
  now = new Date(),
): Promise<StoredDocument[]> {
  if (types.length === 0) return []
  const facts = await loadDocumentFacts(payload, fileId, now)
  const stored: StoredDocument[] = []
  // One after the other: each appends to the same `documents` array.
  for (const type of types) {
    const pdf = await FILE_DOCUMENT_BUILDERS[type](facts)
    stored.push(await storeFileDocument(payload, { fileId, type, pdf, reference: facts.file.reference }))
  }
  return stored
}

/**
 * What a move's plan asks for (`plan.generate`): the file's documents are built at once (a few pages each); the
 * session report goes through its flow (jobs/report-flow.ts), deduplicated while one is running.
 */
export async function generateDocuments(
  payload: Payload,
  queues: Queues,
  fileId: string,
  kinds: readonly GeneratedDocument[],
): Promise<void> {
  const types = [...new Set(kinds.flatMap((k) => (k === 'report' ? [] : PLAN_DOCUMENTS[k])))]
  const stored = await generateFileDocuments(payload, fileId, types)
  if (kinds.includes('report')) await requestSessionReport(payload, queues, { fileId, trigger: 'cold_survey_closed' })
  log.info('documents generated', { fileId, documents: stored.map((d) => `${d.type} v${d.version}`), report: kinds.includes('report') })
}
