import type { Payload } from 'payload'
import type { Enrolment, FundingFile, Session } from '../../payload-types'

export type Bilingual = { fr: string; en: string }

/** A file of the archive: its path (inside its indicator's folder, or from the root once placed) and its bytes. */
export interface EvidenceEntry {
  path: string
  content: Buffer | string
}

/**
 * One piece of evidence in an indicator's folder: a CSV extract, or a sub-folder of documents (PDF). `items` is
 * what it counts (rows, documents), the README says it, the index adds it up.
 */
export interface EvidencePart {
  name: string
  what: Bilingual
  items: number
  entries: EvidenceEntry[]
}

/** The period asked for: `from` and `to` included, optionally one programme. */
export interface EvidencePeriod {
  from: Date
  to: Date
  programmeId?: string
  /** Only these federations' sessions, complaints and registers (a coordinator's archive); every federation's when absent. */
  federations?: readonly string[]
}

/**
 * What the builders share, read once: the sessions whose first half-day is in the period, their funding files
 * and enrolments. Registers (complaints, improvement actions) are dated records and read on their own.
 */
export interface EvidenceScope {
  payload: Payload
  period: EvidencePeriod
  sessions: Session[]
  files: FundingFile[]
  enrolments: Enrolment[]
  /** With a programme: every session of it, whatever its date (places complaints and improvement sources). */
  programmeSessionIds?: Set<string>
}

export interface IndicatorEvidence {
  parts: EvidencePart[]
  /** What "in the period" means for this indicator. */
  scope: Bilingual
}

export interface IndicatorDefinition {
  /** Qualiopi indicator number (RNQ). */
  number: number
  folder: string
  title: Bilingual
  proves: Bilingual
  build: (scope: EvidenceScope) => Promise<IndicatorEvidence>
}
