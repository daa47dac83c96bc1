import type { Payload, PayloadRequest } from 'payload'
import { attendanceOutcome, hoursFromSignedHalfDays } from '../../../src/sessions/hours'
import { isActiveEnrolment } from '../../../src/sessions/enrolment-status'
import { parseSlots } from '../../../src/sessions/slots'

/**
 * Hours attended = the signed half-days of the enrolment; once the session is over (or every half-day is
 * signed) the status becomes attended, partial or no-show. A withdrawn enrolment keeps its status.
 */
export async function recomputeEnrolmentHours(
  payload: Payload,
  enrolmentId: string,
  req?: PayloadRequest,
  now: Date = new Date(),
): Promise<number> {
  const enrolment = await payload.findByID({
    collection: 'enrolments',
    id: enrolmentId,
    depth: 1,
    overrideAccess: true,
    req,
  })
  const session = typeof enrolment.session === 'object' ? enrolment.session : undefined
  const slots = parseSlots(session?.slots)
  const { docs } = await payload.find({
    collection: 'attendance',
    where: { and: [{ enrolment: { equals: enrolmentId } }, { status: { equals: 'signed' } }] },
    depth: 0,
    pagination: false,
    select: { slotIndex: true },
    overrideAccess: true,
    req,
  })
  const signed = docs.map((d) => d.slotIndex)
  const hours = hoursFromSignedHalfDays(slots, signed)
  const last = slots[slots.length - 1]
  const outcome = isActiveEnrolment(enrolment.status)
    ? attendanceOutcome(slots.length, new Set(signed).size, last !== undefined && now >= last.end)
    : undefined
  if (hours !== enrolment.hoursAttended || (outcome && outcome !== enrolment.status)) {
    await payload.update({
      collection: 'enrolments',
      id: enrolmentId,
      data: { hoursAttended: hours, ...(outcome ? { status: outcome } : {}) },
      depth: 0,
      overrideAccess: true,
      req,
    })
  }
  return hours
}
