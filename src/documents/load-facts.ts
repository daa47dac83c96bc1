/**
 * Reads everything a file's documents state (file, structure, session, programme, participants with their
 * signed half-days) into the plain DocumentFacts the builders print. System reads: access is checked by the
 * callers (the download endpoint, the worker acting for the workflow).
 */
import type { Payload } from 'payload'
import type { Programme, Session } from '../payload-types'
import { relationId } from '../../collections/shared/relation-ids'
import { loadSheetLines } from '../../collections/attendance/services/session-records'
import type { DocumentFacts, ParticipantFacts, ProgrammeFacts } from './facts'
import { loadOrganisation } from './provider'
import { hoursFromSignedHalfDays } from '../sessions/hours'
import { isJobRole } from '../sessions/job-roles'
import { OPCOS } from '../validation/idcc'

const date = (v: string | null | undefined) => (v ? new Date(v) : undefined)
const num = (v: number | null | undefined) => (typeof v === 'number' ? v : undefined)
const address = (a: { street?: string | null; postalCode?: string | null; commune?: string | null }) =>
  [a.street, [a.postalCode, a.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ')

/** Used only while no programme is recorded, so a document never comes out without its mandatory mentions. */
const FALLBACK_PROGRAMME: ProgrammeFacts = {
  title: 'Culture & usages numériques',
  objectives: ['Comprendre la culture numérique', 'Accompagner les personnes dans leurs usages numériques'],
  durationHours: 21,
  durationDays: 3,
  vatExempt: true,
  modules: [],
}

export function programmeFacts(doc: Programme | null | undefined): ProgrammeFacts {
  if (!doc) return FALLBACK_PROGRAMME
  return {
    title: doc.title,
    edition: doc.edition ?? undefined,
    objectives: (doc.objectives ?? []).map((o) => o.text),
    audience: doc.audience ?? undefined,
    prerequisites: doc.prerequisites ?? undefined,
    durationHours: doc.durationHours ?? 21,
    durationDays: doc.durationDays ?? undefined,
    methods: doc.methods ?? undefined,
    evaluation: doc.evaluation ?? undefined,
    accessibility: doc.accessibility ?? undefined,
    amountPerDay: num(doc.price?.amountPerDay),
    vatExempt: doc.price?.vatExempt !== false,
    modules: (doc.modules ?? []).map((m) => ({ title: m.title, minutes: m.minutes, objectives: m.objectives ?? undefined })),
  }
}

/**
 * The session's programme, or the programme updated most recently when the session names none: among its
 * federation's editions and the national template, never another federation's edition (issue 20).
 */
async function loadProgramme(payload: Payload, session: Session): Promise<Programme | undefined> {
  if (typeof session.programme === 'object' && session.programme) return session.programme
  const federation = relationId(session.federation)
  const where = federation ? { or: [{ federation: { equals: federation } }, { federation: { exists: false } }] } : undefined
  const { docs } = await payload.find({ collection: 'programmes', where, sort: '-updatedAt', limit: 1, depth: 0, overrideAccess: true })
  return docs[0]
}

/**
 * A participant's hours are those of the half-days they signed (Code du travail R6332-26: the sheet is the proof;
 * the same rule as collections/attendance/services/recompute-hours.ts), read from the sheet itself rather than from
 * the enrolment's stored total, so a certificat states what the sheets prove when it is printed.
 */
async function loadParticipants(
  payload: Payload,
  sessionId: string,
  structureId: string | undefined,
  slots: readonly { start: Date; end: Date }[],
): Promise<ParticipantFacts[]> {
  const [{ docs: enrolments }, lines] = await Promise.all([
    payload.find({ collection: 'enrolments', where: { session: { equals: sessionId } }, depth: 2, pagination: false, sort: 'createdAt', overrideAccess: true }),
    loadSheetLines(payload, sessionId),
  ])
  const people: ParticipantFacts[] = []
  for (const e of enrolments) {
    const p = typeof e.participant === 'object' ? e.participant : undefined
    if (!p || e.status === 'withdrawn') continue
    // A file is one structure's: a shared session's other trainees are on their own files.
    if (structureId && relationId(p.structure) !== structureId) continue
    const marks = lines
      .filter((l) => l.enrolmentId === String(e.id))
      .map((l) => ({ slotIndex: l.slotIndex, status: l.status, signedAt: l.signedAt, countersignedAt: l.countersignedAt }))
    people.push({
      id: String(p.id),
      name: p.name,
      email: p.email,
      jobRole: isJobRole(p.jobRole) ? p.jobRole : undefined,
      structureName: typeof p.structure === 'object' && p.structure ? p.structure.name : undefined,
      enrolmentStatus: e.status,
      hoursAttended: hoursFromSignedHalfDays(slots, marks.filter((m) => m.status === 'signed').map((m) => m.slotIndex)),
      marks,
    })
  }
  return people.sort((a, b) => a.name.localeCompare(b.name, 'fr'))
}

export async function loadDocumentFacts(payload: Payload, fileId: string, asOf = new Date()): Promise<DocumentFacts> {
  const file = await payload.findByID({ collection: 'funding-files', id: fileId, depth: 0, overrideAccess: true })
  const structureId = relationId(file.structure)
  const sessionId = relationId(file.session)
  if (!sessionId) throw new Error(`Funding file ${fileId} has no session: its documents cannot be generated`)
  const [structure, session] = await Promise.all([
    structureId ? payload.findByID({ collection: 'structures', id: structureId, depth: 0, overrideAccess: true }) : undefined,
    payload.findByID({ collection: 'sessions', id: sessionId, depth: 1, overrideAccess: true }),
  ])
  const venue = typeof session.venue === 'object' && session.venue ? session.venue : undefined
  const opco = file.opco ?? structure?.opco ?? undefined
  const slots = (session.slots ?? [])
    .map((s) => ({ start: new Date(s.start), end: new Date(s.end), period: s.period }))
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .map((s, index) => ({ ...s, index }))
  return {
    asOf,
    // The file's federation's legal entity over the platform's (src/documents/provider.ts).
    provider: await loadOrganisation(payload, undefined, relationId(file.federation)),
    file: {
      id: String(file.id),
      reference: file.reference ?? String(file.id),
      opco: opco ?? undefined,
      opcoLabel: opco && Object.hasOwn(OPCOS, opco) ? OPCOS[opco as keyof typeof OPCOS].fr : undefined,
      opcoRef: file.opcoRef ?? undefined,
      submittedAt: date(file.submittedAt),
      requestedAmount: num(file.requestedAmount),
      requestedHours: num(file.requestedHours),
      requestedTrainees: num(file.requestedTrainees),
      agreedAmount: num(file.agreedAmount),
      validUntil: date(file.validUntil),
      subrogation: file.subrogation !== false,
      remainder: num(file.remainder),
    },
    structure: {
      name: structure?.name ?? '—',
      siret: structure?.siret ?? undefined,
      idcc: structure?.idcc ?? undefined,
      address: structure ? address(structure) : '',
      managingAssociation: structure?.managingAssociation ?? undefined,
    },
    session: {
      id: String(session.id),
      title: session.title,
      venueName: venue?.name,
      venueAddress: venue ? address(venue) : undefined,
      facilitators: (session.facilitators ?? []).flatMap((f) => (typeof f === 'object' && f ? [f.name] : [])),
      slots,
    },
    programme: programmeFacts(await loadProgramme(payload, session)),
    participants: await loadParticipants(payload, sessionId, structureId, slots),
  }
}
