import { createLocalReq, type Payload } from 'payload'
import { inTransaction } from '../../../src/lib/transaction'
import { canCountersignAt, currentSlotIndex } from '../../../src/sessions/attendance-window'
import type { Period } from '../../../src/sessions/session-status'
import { openPersonalLink, type OpenedLink } from '../../personal-links/services/open-link'
import type { SheetResult } from './sheet-refusals'
import { loadEnrolled, loadSession, loadSheetLines, type SessionRecord, type SheetLine } from './session-records'

export interface FacilitatorLine {
  participantId: string
  name: string
  state: 'signed' | 'absent' | 'unsigned'
  signedAt?: Date
}

export interface FacilitatorSheet {
  sessionId: string
  sessionTitle: string
  venueName?: string
  facilitatorName: string
  language: 'fr' | 'en'
  halfDays: { index: number; start: Date; end: Date; period: Period; countersignedAt?: Date; started: boolean }[]
  slotIndex: number
  lines: FacilitatorLine[]
  countersignedAt?: Date
  /** The half-day has started and is not countersigned yet. */
  open: boolean
}

interface Context {
  link: OpenedLink
  session: SessionRecord
  facilitator: { id: string; name: string; language: 'fr' | 'en' }
}

async function facilitatorContext(
  payload: Payload,
  args: { token: unknown; sessionId: string; now: Date },
): Promise<SheetResult<{ context: Context }>> {
  const opened = await openPersonalLink(payload, { ...args, purposes: ['facilitator'] })
  if (!opened.ok) return opened
  const session = await loadSession(payload, args.sessionId)
  const userId = opened.link.userId
  // A facilitator taken off the session loses the sheet at once, whatever their link says.
  if (!session || !userId || !session.facilitatorIds.includes(userId)) return { ok: false, refusal: 'not-facilitator' }
  const user = await payload.findByID({
    collection: 'users',
    id: userId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!user) return { ok: false, refusal: 'not-facilitator' }
  return {
    ok: true,
    context: {
      link: opened.link,
      session,
      facilitator: { id: userId, name: user.name, language: user.language === 'en' ? 'en' : 'fr' },
    },
  }
}

/** The half-day shown by default: the one under way, else the last one started, else the first. */
function defaultSlot(session: SessionRecord, now: Date): number {
  const current = currentSlotIndex(session.slots, now)
  if (current >= 0) return current
  const started = session.slots.filter((s) => s.start <= now).length
  return Math.max(0, started - 1)
}

const countersignedAtOf = (lines: SheetLine[], slotIndex: number): Date | undefined =>
  lines.find((l) => l.slotIndex === slotIndex && l.countersignedAt)?.countersignedAt

/** One half-day's sheet as the facilitator sees it: who signed, who is marked absent, who is still unsigned. */
export async function loadFacilitatorSheet(
  payload: Payload,
  args: { token: unknown; sessionId: string; slotIndex?: number; now?: Date },
): Promise<SheetResult<{ sheet: FacilitatorSheet }>> {
  const now = args.now ?? new Date()
  const found = await facilitatorContext(payload, { ...args, now })
  if (!found.ok) return found
  const { session, facilitator } = found.context
  const slotIndex = args.slotIndex ?? defaultSlot(session, now)
  const slot = session.slots[slotIndex]
  if (!slot) return { ok: false, refusal: 'no-such-half-day' }
  const [people, allLines] = await Promise.all([loadEnrolled(payload, session.id), loadSheetLines(payload, session.id)])
  const lines = allLines.filter((l) => l.slotIndex === slotIndex)
  const countersignedAt = countersignedAtOf(allLines, slotIndex)
  return {
    ok: true,
    sheet: {
      sessionId: session.id,
      sessionTitle: session.title,
      venueName: session.venueName,
      facilitatorName: facilitator.name,
      language: facilitator.language,
      halfDays: session.slots.map((s, index) => ({
        index,
        ...s,
        countersignedAt: countersignedAtOf(allLines, index),
        started: canCountersignAt(s, now),
      })),
      slotIndex,
      lines: people.map((p) => {
        const line = lines.find((l) => l.enrolmentId === p.enrolmentId)
        return {
          participantId: p.participantId,
          name: p.name,
          state: line?.status ?? 'unsigned',
          signedAt: line?.signedAt,
        }
      }),
      countersignedAt,
      open: !countersignedAt && canCountersignAt(slot, now),
    },
  }
}

/**
 * The facilitator's form: marks the ticked participants absent (never over a signature) and, when asked,
 * countersigns the sheet. Countersigning needs every line settled (signed or absent) and closes the half-day;
 * everything happens in one transaction, so a refused countersignature marks nobody.
 */
export async function recordFacilitatorSheet(
  payload: Payload,
  args: {
    token: unknown
    sessionId: string
    slotIndex: number
    absentParticipantIds: readonly string[]
    countersign: boolean
    now?: Date
  },
): Promise<SheetResult<{ marked: number; countersigned: boolean }>> {
  const now = args.now ?? new Date()
  const found = await facilitatorContext(payload, { ...args, now })
  if (!found.ok) return found
  const { session, facilitator } = found.context
  const slot = Number.isInteger(args.slotIndex) ? session.slots[args.slotIndex] : undefined
  if (!slot) return { ok: false, refusal: 'no-such-half-day' }
  if (!canCountersignAt(slot, now)) return { ok: false, refusal: 'not-open' }
  const [people, lines] = await Promise.all([
    loadEnrolled(payload, session.id),
    loadSheetLines(payload, session.id, args.slotIndex),
  ])
  if (lines.some((l) => l.countersignedAt)) return { ok: false, refusal: 'sheet-closed' }
  const lineOf = (enrolmentId: string) => lines.find((l) => l.enrolmentId === enrolmentId)
  const toMark = people.filter((p) => args.absentParticipantIds.includes(p.participantId) && !lineOf(p.enrolmentId))
  if (args.countersign) {
    const unsettled = people.filter((p) => !lineOf(p.enrolmentId) && !toMark.includes(p))
    if (unsettled.length) return { ok: false, refusal: 'incomplete', names: unsettled.map((p) => p.name) }
  }
  const stamp = now.toISOString()
  const context = { now: stamp }
  const req = await createLocalReq({ context }, payload)
  await inTransaction(req, async () => {
    for (const p of toMark) {
      await payload.create({
        collection: 'attendance',
        data: {
          enrolment: p.enrolmentId,
          slotIndex: args.slotIndex,
          status: 'absent',
          ...(args.countersign ? { countersignedAt: stamp, countersignedBy: facilitator.id } : {}),
        },
        depth: 0,
        overrideAccess: true,
        req,
        context,
      })
    }
    if (args.countersign) {
      for (const line of lines) {
        await payload.update({
          collection: 'attendance',
          id: line.id,
          data: { countersignedAt: stamp, countersignedBy: facilitator.id },
          depth: 0,
          overrideAccess: true,
          req,
          context,
        })
      }
    }
  })
  return { ok: true, marked: toMark.length, countersigned: args.countersign }
}
