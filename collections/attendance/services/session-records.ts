import type { Payload, PayloadRequest } from 'payload'
import { isActiveEnrolment } from '../../../src/sessions/enrolment-status'
import { isJobRole, type JobRole } from '../../../src/sessions/job-roles'
import { parseSlots, type Slot } from '../../../src/sessions/slots'
import { relationId, relationIds } from '../../shared/relation-ids'

/** What the personal pages and the timers read about a session, in one place. */
export interface SessionRecord {
  id: string
  title: string
  venueName?: string
  structureIds: string[]
  facilitatorIds: string[]
  roleMixTarget: JobRole[]
  slots: Slot[]
}

export interface EnrolledPerson {
  enrolmentId: string
  participantId: string
  name: string
  email: string
  language: 'fr' | 'en'
  structureId?: string
  jobRole?: JobRole
  status: string
  positioningDone: boolean
  hotDone: boolean
  coldDone: boolean
  directorDone: boolean
}

export interface SheetLine {
  id: string
  enrolmentId: string
  slotIndex: number
  status: 'signed' | 'absent'
  signedAt?: Date
  countersignedAt?: Date
}

export async function loadSession(
  payload: Payload,
  sessionId: string,
  req?: PayloadRequest,
): Promise<SessionRecord | undefined> {
  const doc = await payload.findByID({
    collection: 'sessions',
    id: sessionId,
    depth: 1,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!doc) return undefined
  return {
    id: String(doc.id),
    title: doc.title,
    venueName: typeof doc.venue === 'object' && doc.venue ? doc.venue.name : undefined,
    structureIds: relationIds(doc.structures),
    facilitatorIds: relationIds(doc.facilitators),
    roleMixTarget: (doc.roleMixTarget ?? []).filter(isJobRole),
    slots: parseSlots(doc.slots),
  }
}

/** Everyone on the list, withdrawn included unless `activeOnly`, with their participant record. */
export async function loadEnrolled(
  payload: Payload,
  sessionId: string,
  { activeOnly = true, req }: { activeOnly?: boolean; req?: PayloadRequest } = {},
): Promise<EnrolledPerson[]> {
  const { docs } = await payload.find({
    collection: 'enrolments',
    where: { session: { equals: sessionId } },
    depth: 1,
    pagination: false,
    sort: 'createdAt',
    overrideAccess: true,
    req,
  })
  const people: EnrolledPerson[] = []
  for (const e of docs) {
    const p = typeof e.participant === 'object' ? e.participant : undefined
    if (!p || (activeOnly && !isActiveEnrolment(e.status))) continue
    people.push({
      enrolmentId: String(e.id),
      participantId: String(p.id),
      name: p.name,
      email: p.email,
      language: p.language === 'en' ? 'en' : 'fr',
      structureId: relationId(p.structure),
      jobRole: isJobRole(p.jobRole) ? p.jobRole : undefined,
      status: e.status,
      positioningDone: Boolean(e.positioningDone),
      hotDone: Boolean(e.hotDone),
      coldDone: Boolean(e.coldDone),
      directorDone: Boolean(e.directorDone),
    })
  }
  return people
}

/** The lines of one half-day's sheet (or of every half-day when `slotIndex` is omitted). */
export async function loadSheetLines(
  payload: Payload,
  sessionId: string,
  slotIndex?: number,
  req?: PayloadRequest,
): Promise<SheetLine[]> {
  const { docs } = await payload.find({
    collection: 'attendance',
    where: {
      and: [
        { session: { equals: sessionId } },
        ...(slotIndex === undefined ? [] : [{ slotIndex: { equals: slotIndex } }]),
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((d) => ({
    id: String(d.id),
    enrolmentId: relationId(d.enrolment) ?? '',
    slotIndex: d.slotIndex,
    status: d.status === 'absent' ? 'absent' : 'signed',
    signedAt: d.signedAt ? new Date(d.signedAt) : undefined,
    countersignedAt: d.countersignedAt ? new Date(d.countersignedAt) : undefined,
  }))
}
