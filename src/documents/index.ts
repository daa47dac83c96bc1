import { buildAttendanceSheets } from './builders/attendance-sheet'
import { buildAttestations } from './builders/attestation'
import { buildCertificats } from './builders/certificat'
import { buildConvocations } from './builders/convocation'
import { buildDpcPack } from './builders/dpc-pack'
import type { DocumentFacts } from './facts'
import type { FileDocType } from './kinds'

/** The builders of the documents made from a file's facts (the report has its own: src/reports/render). */
export const FILE_DOCUMENT_BUILDERS: Record<FileDocType, (facts: DocumentFacts) => Promise<Buffer>> = {
  convocation: buildConvocations,
  attendanceSheet: buildAttendanceSheets,
  attestation: buildAttestations,
  certificat: buildCertificats,
  dpcPack: buildDpcPack,
}

export const isFileDocType = (value: unknown): value is FileDocType =>
  typeof value === 'string' && Object.hasOwn(FILE_DOCUMENT_BUILDERS, value)

export type { DocumentFacts } from './facts'
export { GENERATED_DOCUMENTS, DOC_TYPES, isDocType, PLAN_DOCUMENTS, type DocType, type FileDocType } from './kinds'
