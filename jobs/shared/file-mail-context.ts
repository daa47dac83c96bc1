import type { Payload, PayloadRequest } from 'payload'
import { loadOrganisation, NOT_RECORDED } from '../../src/documents/provider'
import { env } from '../../src/lib/env'
import { OPCOS, type Opco } from '../../src/validation/idcc'
import { lastDayToFile } from '../../src/workflow'
import { loadFile, type LoadedFile } from '../../collections/funding-files/facts'
import { relationId } from '../../collections/shared/relation-ids'

/** The file an event job is about (with its session and structure), read once however many effects need it. */
export type FileSnapshot = () => Promise<LoadedFile | undefined>

export function fileSnapshot(payload: Payload, fileId: string): FileSnapshot {
  let read: Promise<LoadedFile | undefined> | undefined
  return () => (read ??= loadFile(payload, fileId))
}

/**
 * The facts every file notification can use (structure, dates, amounts, deadline, link to the file), read fresh
 * when the event runs. Dates as ISO strings: this goes into job data.
 */
export async function fileMailData(
  payload: Payload,
  fileId: string,
  snapshot = fileSnapshot(payload, fileId),
  req?: PayloadRequest,
): Promise<Record<string, unknown>> {
  const loaded = await snapshot()
  if (!loaded) return {}
  const { file, session, structure, facts } = loaded
  const venueId = relationId(session?.venue)
  const venue = venueId
    ? ((await payload.findByID({ collection: 'eric-spaces', id: venueId, depth: 0, overrideAccess: true, disableErrors: true, req })) as
        | { name?: string | null; street?: string | null; postalCode?: string | null; commune?: string | null }
        | null)
    : null
  // The training organisation of the file's federation (its own contact, else the platform's).
  const organisation = await loadOrganisation(payload, req, relationId(file.federation) ?? relationId(structure?.federation))
  const iso = (d: Date | undefined) => d?.toISOString()
  const venueAddress = venue ? [venue.street, [venue.postalCode, venue.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ') : undefined
  return {
    structureName: structure?.name ?? undefined,
    fileRef: file.reference ?? undefined,
    // People read « OPCO Santé », not the stored code; "autre" names no OPCO, so the mail says « l’OPCO ».
    opco: facts.opco && facts.opco !== 'autre' ? (OPCOS[facts.opco as Opco]?.fr ?? facts.opco) : undefined,
    opcoRef: facts.opcoRef,
    submittedAt: iso(facts.submittedAt),
    requestedAmount: facts.requestedAmount,
    agreedAmount: facts.agreedAmount,
    remainder: facts.remainder,
    validUntil: iso(facts.validUntil),
    sessionTitle: session?.title ?? undefined,
    sessionStart: iso(facts.sessionStart),
    sessionEnd: iso(facts.sessionEnd),
    slots: facts.slots?.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString() })),
    venueName: venue?.name ?? undefined,
    venueAddress: venueAddress || undefined,
    // Whom a participant tells of an absence or an accessibility need: the training organisation (its settings).
    contactName: organisation.name === NOT_RECORDED ? undefined : organisation.name,
    contactEmail: organisation.contactEmail,
    contactPhone: organisation.contactPhone,
    deadline: facts.sessionStart ? lastDayToFile(facts.sessionStart, facts.opco, undefined, facts.leadTimeDays).toISOString() : undefined,
    link: `${env().serverUrl}/admin/collections/funding-files/${fileId}`,
  }
}
