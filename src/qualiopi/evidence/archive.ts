import JSZip from 'jszip'
import type { Payload } from 'payload'
import { EVIDENCE_INDICATORS } from './indicators'
import { indexCsv, indicatorReadme, rootReadme, type ArchiveFacts, type BuiltIndicator } from './readme'
import { loadScope } from './scope'
import type { EvidencePeriod, IndicatorDefinition } from './types'

export const README = 'README.txt'
export const INDEX = '00-index.csv'

export interface ArchiveProgress {
  done: number
  total: number
  indicator: IndicatorDefinition
  items: number
}

/**
 * The Qualiopi evidence archive of a period: a folder per indicator (1, 2, 9, 11, 12, 30, 31, 32) holding its CSV
 * extracts and documents with a README, and at the root an index and a README. An indicator with nothing in the
 * period still has its folder, whose README says so. Everything is read as the system: callers check who asks.
 */
export async function buildEvidenceArchive(
  payload: Payload,
  period: EvidencePeriod,
  options: { onProgress?: (progress: ArchiveProgress) => void; now?: Date } = {},
): Promise<Buffer> {
  const scope = await loadScope(payload, period)
  const programme = period.programmeId
    ? await payload.findByID({ collection: 'programmes', id: period.programmeId, depth: 0, overrideAccess: true, disableErrors: true })
    : undefined
  const facts: ArchiveFacts = { period, programmeTitle: programme?.title, generatedAt: options.now ?? new Date() }
  const zip = new JSZip()
  const built: BuiltIndicator[] = []
  for (const definition of EVIDENCE_INDICATORS) {
    const evidence = await definition.build(scope)
    const entries = evidence.parts.flatMap((p) => p.entries)
    const done: BuiltIndicator = { definition, evidence, items: evidence.parts.reduce((n, p) => n + p.items, 0), files: entries.length }
    const folder = zip.folder(definition.folder)!
    for (const entry of entries) folder.file(entry.path, entry.content)
    folder.file(README, indicatorReadme(done, facts))
    built.push(done)
    options.onProgress?.({ done: built.length, total: EVIDENCE_INDICATORS.length, indicator: definition, items: done.items })
  }
  zip.file(INDEX, indexCsv(built))
  zip.file(README, rootReadme(built, facts))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
}
