import type { Payload, PayloadRequest } from 'payload'
import { ownLeadTimeDays, type BillingState, type FileFacts, type FileState, type OwnLeadTime, type Slot, type TimerSequence } from '../../src/workflow'
import { relationId } from '../shared/relation-ids'

/** The stored shape of a funding file, as far as the workflow reads it. */
export interface FundingFileDoc {
  id: string | number
  reference?: string | null
  status: FileState
  billingStatus: BillingState
  structure: unknown
  session?: unknown
  /** Its federation: whose legal entity and sender its documents and mails use. */
  federation?: unknown
  opco?: string | null
  opcoRef?: string | null
  submittedAt?: string | null
  requestedAmount?: number | null
  requestedHours?: number | null
  requestedTrainees?: number | null
  agreedAmount?: number | null
  validUntil?: string | null
  remainder?: number | null
  checklist?: { devisSigned?: boolean | null; conventionSigned?: boolean | null; programmeAttached?: boolean | null } | null
  evidence?: {
    sheetsSigned?: boolean | null
    sheetsCountersigned?: boolean | null
    hoursComputed?: boolean | null
    certificatsSigned?: boolean | null
  } | null
  refusalReason?: string | null
  reportValidated?: boolean | null
  selfFunded?: boolean | null
  coFunded?: boolean | null
  coldSurveySentAt?: string | null
  timerSeq?: unknown
}

export interface SessionDoc {
  id: string | number
  title?: string | null
  slots?: { start?: string | null; end?: string | null }[] | null
  capacity?: { min?: number | null; max?: number | null } | null
  venue?: unknown
  facilitators?: unknown
}

export interface StructureDoc {
  id: string | number
  name?: string | null
  siret?: string | null
  idcc?: string | null
  opco?: string | null
  federation?: unknown
}

/** What the workflow reads of the file's federation: its own filing lead times per OPCO (its settings). */
export interface FederationDoc {
  id: string | number
  leadTimes?: OwnLeadTime[] | null
}

const date = (value: string | null | undefined): Date | undefined => (value ? new Date(value) : undefined)

export function slotsOf(session: SessionDoc | undefined): Slot[] {
  return (session?.slots ?? [])
    .filter((s): s is { start: string; end: string } => Boolean(s.start && s.end))
    .map((s) => ({ start: new Date(s.start), end: new Date(s.end) }))
    .sort((a, b) => a.start.getTime() - b.start.getTime())
}

/** Turns the stored file (and its session and structure) into the plain facts the workflow decides on. */
export function toFileFacts(file: FundingFileDoc, session?: SessionDoc, structure?: StructureDoc, federation?: FederationDoc): FileFacts {
  const slots = slotsOf(session)
  const checklist = file.checklist ?? {}
  const evidence = file.evidence ?? {}
  const opco = file.opco || structure?.opco || undefined
  return {
    status: file.status,
    billingStatus: file.billingStatus,
    sessionStart: slots[0]?.start,
    sessionEnd: slots.at(-1)?.end,
    slots,
    // The structure's OPCO follows from its IDCC (structures' derive-opco hook); the file may name another.
    opco,
    leadTimeDays: ownLeadTimeDays(federation?.leadTimes, opco),
    requestedAmount: file.requestedAmount ?? undefined,
    agreedAmount: file.agreedAmount ?? undefined,
    validUntil: date(file.validUntil),
    remainder: file.remainder ?? undefined,
    opcoRef: file.opcoRef ?? undefined,
    submittedAt: date(file.submittedAt),
    checklist: {
      devisSigned: Boolean(checklist.devisSigned),
      conventionSigned: Boolean(checklist.conventionSigned),
      programme: Boolean(checklist.programmeAttached),
      siret: Boolean(structure?.siret),
      participants: file.requestedTrainees ?? 0,
      minParticipants: session?.capacity?.min ?? 8,
    },
    refusalReason: file.refusalReason ?? undefined,
    selfFunded: Boolean(file.selfFunded),
    coFunded: Boolean(file.coFunded),
    evidence: {
      sheetsSigned: Boolean(evidence.sheetsSigned),
      sheetsCountersigned: Boolean(evidence.sheetsCountersigned),
      hoursComputed: Boolean(evidence.hoursComputed),
      certificatsSigned: Boolean(evidence.certificatsSigned),
    },
    reportValidated: Boolean(file.reportValidated),
    coldSurveySentAt: date(file.coldSurveySentAt),
    timerSeq: (file.timerSeq ?? {}) as TimerSequence,
  }
}

export interface LoadedFile {
  file: FundingFileDoc
  session?: SessionDoc
  structure?: StructureDoc
  federation?: FederationDoc
  facts: FileFacts
}

/**
 * Reads the session and structure a file points to (system reads: access was checked on the file itself). Files
 * and structures are read without their join fields (a file's timeline and deliveries, a structure's admins and
 * campaigns): the workflow reads none of them, and each is a sub-query in every read.
 */
export async function loadRelated(
  payload: Payload,
  file: FundingFileDoc,
  req?: PayloadRequest,
): Promise<Omit<LoadedFile, 'file' | 'facts'>> {
  const sessionId = relationId(file.session)
  const structureId = relationId(file.structure)
  const [session, structure] = await Promise.all([
    sessionId
      ? (payload.findByID({ collection: 'sessions', id: sessionId, depth: 0, overrideAccess: true, req, disableErrors: true }) as Promise<SessionDoc | null>)
      : Promise.resolve(null),
    structureId
      ? (payload.findByID({ collection: 'structures', id: structureId, depth: 0, joins: false, overrideAccess: true, req, disableErrors: true }) as Promise<StructureDoc | null>)
      : Promise.resolve(null),
  ])
  // The file's federation (else its structure's): only its lead times, a small read.
  const federationId = relationId(file.federation) ?? relationId(structure?.federation)
  const federation = federationId
    ? ((await payload.findByID({ collection: 'federations', id: federationId, depth: 0, select: { leadTimes: true }, overrideAccess: true, req, disableErrors: true })) as FederationDoc | null)
    : null
  return { session: session ?? undefined, structure: structure ?? undefined, federation: federation ?? undefined }
}

export async function loadFile(payload: Payload, id: string, req?: PayloadRequest): Promise<LoadedFile | undefined> {
  const file = (await payload.findByID({
    collection: 'funding-files',
    id,
    depth: 0,
    joins: false,
    overrideAccess: true,
    req,
    disableErrors: true,
  })) as FundingFileDoc | null
  if (!file) return undefined
  const related = await loadRelated(payload, file, req)
  return { file, ...related, facts: toFileFacts(file, related.session, related.structure, related.federation) }
}

/** Workflow patch (Dates) → stored values (ISO strings). */
export function patchToData(patch: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'slots' || key === 'sessionStart' || key === 'sessionEnd') continue // these live on the session
    data[key] = value instanceof Date ? value.toISOString() : value
  }
  return data
}

/** The file as a move leaves it: the move's patch applied (session dates stay on the session, see patchToData). */
export function afterPatch(loaded: Omit<LoadedFile, 'facts'>, patch: Record<string, unknown>): LoadedFile {
  const file = { ...loaded.file, ...patchToData(patch) } as FundingFileDoc
  return { ...loaded, file, facts: toFileFacts(file, loaded.session, loaded.structure, loaded.federation) }
}
