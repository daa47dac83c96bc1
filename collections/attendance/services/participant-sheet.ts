import type { Payload } from 'payload'
import { canSignAt, currentSlotIndex } from '../../../src/sessions/attendance-window'
import type { Period } from '../../../src/sessions/session-status'
import { openPersonalLink, type OpenedLink } from '../../personal-links/services/open-link'
import type { SheetResult } from './sheet-refusals'
import { loadEnrolled, loadSession, loadSheetLines, type EnrolledPerson, type SessionRecord } from './session-records'

export interface HalfDayState {
  index: number
  start: Date
  end: Date
  period: Period
  state: 'signed' | 'absent' | 'unsigned'
  signedAt?: Date
  closed: boolean
  /** The participant may sign this half-day now. */
  signable: boolean
}

export interface ParticipantSheet {
  sessionId: string
  sessionTitle: string
  venueName?: string
  participantName: string
  language: 'fr' | 'en'
  halfDays: HalfDayState[]
  /** The half-day open for signing now, or -1. */
  currentIndex: number
}

interface Context {
  link: OpenedLink
  session: SessionRecord
  person: EnrolledPerson
}

async function participantContext(
  payload: Payload,
  args: { token: unknown; sessionId: string; now: Date },
): Promise<SheetResult<{ context: Context }>> {
  const opened = await openPersonalLink(payload, { ...args, purposes: ['attendance'] })
  if (!opened.ok) return opened
  const session = await loadSession(payload, args.sessionId)
  const person = (await loadEnrolled(payload, args.sessionId)).find(
    (p) => p.participantId === opened.link.participantId,
  )
  if (!session || !person) return { ok: false, refusal: 'not-enrolled' }
  return { ok: true, context: { link: opened.link, session, person } }
}

/** The participant's own sheet: every half-day with what they signed, and which one they may sign now. */
export async function loadParticipantSheet(
  payload: Payload,
  args: { token: unknown; sessionId: string; now?: Date },
): Promise<SheetResult<{ sheet: ParticipantSheet }>> {
  const now = args.now ?? new Date()
  const found = await participantContext(payload, { ...args, now })
  if (!found.ok) return found
  const { session, person } = found.context
  const allLines = await loadSheetLines(payload, session.id)
  const lines = allLines.filter((l) => l.enrolmentId === person.enrolmentId)
  const halfDays = session.slots.map((slot, index): HalfDayState => {
    const line = lines.find((l) => l.slotIndex === index)
    const closed = allLines.some((l) => l.slotIndex === index && l.countersignedAt)
    const state = line?.status ?? 'unsigned'
    return {
      index,
      ...slot,
      state,
      signedAt: line?.signedAt,
      closed,
      signable: !closed && state !== 'signed' && canSignAt(slot, now),
    }
  })
  return {
    ok: true,
    sheet: {
      sessionId: session.id,
      sessionTitle: session.title,
      venueName: session.venueName,
      participantName: person.name,
      language: person.language,
      halfDays,
      currentIndex: currentSlotIndex(session.slots, now),
    },
  }
}

/**
 * Signs one half-day for the link's holder, during that half-day's window, once. Signing again is harmless
 * ("already signed"); a line the facilitator marked absent becomes signed until the sheet is countersigned.
 */
export async function signHalfDay(
  payload: Payload,
  args: { token: unknown; sessionId: string; slotIndex: number; now?: Date },
): Promise<SheetResult<{ outcome: 'signed' | 'already-signed' }>> {
  const now = args.now ?? new Date()
  const found = await participantContext(payload, { ...args, now })
  if (!found.ok) return found
  const { session, person } = found.context
  const slot = Number.isInteger(args.slotIndex) ? session.slots[args.slotIndex] : undefined
  if (!slot) return { ok: false, refusal: 'no-such-half-day' }
  const sheet = await loadSheetLines(payload, session.id, args.slotIndex)
  if (sheet.some((l) => l.countersignedAt)) return { ok: false, refusal: 'sheet-closed' }
  if (!canSignAt(slot, now)) return { ok: false, refusal: 'not-open' }
  const mine = sheet.find((l) => l.enrolmentId === person.enrolmentId)
  if (mine?.status === 'signed') return { ok: true, outcome: 'already-signed' }
  try {
    // One write, one transaction: the hours are recomputed by the attendance hook within it.
    const data = { status: 'signed' as const, signedAt: now.toISOString(), method: 'e-sign' as const }
    if (mine) {
      await payload.update({
        collection: 'attendance',
        id: mine.id,
        data,
        depth: 0,
        overrideAccess: true,
        context: { now: now.toISOString() },
      })
    } else {
      await payload.create({
        collection: 'attendance',
        data: { ...data, enrolment: person.enrolmentId, slotIndex: args.slotIndex },
        depth: 0,
        overrideAccess: true,
        context: { now: now.toISOString() },
      })
    }
  } catch (error) {
    // Two taps at once: the unique sheet line let one through; the other finds it signed.
    const again = await loadSheetLines(payload, session.id, args.slotIndex)
    if (again.some((l) => l.enrolmentId === person.enrolmentId && l.status === 'signed')) {
      return { ok: true, outcome: 'already-signed' }
    }
    throw error
  }
  return { ok: true, outcome: 'signed' }
}
