/**
 * The transition table of domain §5, one rule per row: who may move, its guard, and its effects plan
 * (notifications, timers scheduled, timers cancelled). The row of the spec is quoted above each rule.
 */
import { RC, SA, SA_OR_RC, SYS, type Actor, type ActorRole } from './actors'
import type { WorkflowConfig } from './config'
import { sessionStartOf } from './dates'
import type { PlanBuilder } from './effects'
import type { FileFacts, FilePatch, TransitionInput } from './facts'
import {
  canStillFile,
  checklistComplete,
  checklistIncomplete,
  coldSurveyTimeReached,
  convocationTimeReached,
  evidenceComplete,
  expiryReached,
  firstSlotStarted,
  missingChecklistItems,
  sessionEnded,
} from './guards'
import type { Bilingual } from './messages'
import { PRE_SESSION_STATES, type FileState } from './states'
import { TIMER_NAMES } from './timer-names'
import {
  armAfterSession,
  armApproval,
  armAttendanceChecks,
  armColdSurveyFollowUp,
  armColdSurveyAt,
  armCompletenessNudge,
  armDeadlineReminders,
  armInfoRequest,
  armInvoiceReminder,
  armOpcoSilence,
  armPartialDecision,
  armRefusalOptions,
  armRetention,
  armSessionReminders,
  armSessionStartExpiry,
  armValidityExpiry,
} from './timers'
import { checkDates, isAmount, isNonEmptyText, isValidDate } from './validation'

export interface MoveContext {
  file: FileFacts
  actor: Actor
  now: Date
  input: TransitionInput
  config: WorkflowConfig
  /** allowedMoves asks the guards without typed input: checks that need it are left to the real move. */
  preview: boolean
}

export interface TransitionRule {
  from: readonly FileState[]
  to: FileState
  actors: readonly ActorRole[]
  /** Typed input → `invalid_input`; skipped by allowedMoves. */
  validate?: (ctx: MoveContext) => Bilingual | undefined
  /** Condition on the file and the clock → `guard`. */
  guard?: (ctx: MoveContext) => Bilingual | undefined
  /** Fills the plan, returns the fields to write (besides `status`). */
  effects: (ctx: MoveContext, b: PlanBuilder) => FilePatch
}

const APPROVAL_NOTICE_TO = ['coordinators', 'facilitators', 'eric', 'director'] as const

function agreedOf(ctx: MoveContext): number | undefined {
  return ctx.input.agreedAmount ?? ctx.file.agreedAmount
}

function validateApc(ctx: MoveContext): Bilingual | undefined {
  if (!isAmount(agreedOf(ctx))) {
    return {
      fr: 'Indiquez le montant accordé par l’OPCO (nombre positif).',
      en: 'Enter the amount agreed by the OPCO (a positive number).',
    }
  }
  if (ctx.input.validUntil !== undefined && !isValidDate(ctx.input.validUntil)) {
    return { fr: 'La date de validité de l’accord est invalide.', en: 'The approval validity date is invalid.' }
  }
  return undefined
}

function apcPatch(ctx: MoveContext): FilePatch {
  const agreed = agreedOf(ctx)
  const patch: FilePatch = {}
  if (agreed !== undefined) patch.agreedAmount = agreed
  if (ctx.input.validUntil !== undefined) patch.validUntil = ctx.input.validUntil
  if (agreed !== undefined && ctx.file.requestedAmount !== undefined) {
    patch.remainder = Math.max(0, ctx.file.requestedAmount - agreed)
  }
  return patch
}

/** Shared by submitted → approved and partially_approved → approved. */
function approve(ctx: MoveContext, b: PlanBuilder, patch: FilePatch, data: Record<string, number>): FilePatch {
  const next: FileFacts = { ...ctx.file, ...patch }
  b.notify('file.approved', [...APPROVAL_NOTICE_TO], { data })
  armApproval(b, next, ctx.config, { convocations: true, validityWatch: true })
  armValidityExpiry(b, next)
  return patch
}

function newDatesPatch(input: TransitionInput): FilePatch {
  const patch: FilePatch = {}
  if (input.sessionStart !== undefined) patch.sessionStart = input.sessionStart
  if (input.sessionEnd !== undefined) patch.sessionEnd = input.sessionEnd
  if (input.slots !== undefined) patch.slots = input.slots
  return patch
}

export const TRANSITION_RULES: readonly TransitionRule[] = [
  // draft→ready | SYS (checklist) | SA: "submit DPC now", downloadable pack | keep T1 | T0
  {
    from: ['draft'],
    to: 'ready',
    actors: SYS,
    guard: (ctx) => checklistComplete(ctx.file, ctx.config),
    effects: (_ctx, b) => {
      b.notify('file.submit_now', ['structure-admins'], { attach: ['dpc_pack'] })
      b.generate('dpc_pack')
      b.cancel('T0')
      return {}
    },
  },
  // ready→draft | SA edits a required item | SA: what is missing | T0 | —
  // The system may also notice it (a required item changed by anyone); the guard keeps ready files ready.
  {
    from: ['ready'],
    to: 'draft',
    actors: [...SA, ...SYS],
    guard: (ctx) => checklistIncomplete(ctx.file, ctx.config),
    effects: (ctx, b) => {
      const missing = missingChecklistItems(ctx.file, ctx.config)
      b.notify('file.missing_items', ['structure-admins'], { data: { missingItems: missing } })
      armCompletenessNudge(b, ctx.now, ctx.config)
      return {}
    },
  },
  // ready→submitted | SA enters opcoRef + date | RC, TR: pending OPCO | T2 SA +14 d, +21 d; RC min(+28 d, D−10) | T1
  {
    from: ['ready'],
    to: 'submitted',
    actors: SA_OR_RC,
    validate: (ctx) => {
      if (!isNonEmptyText(ctx.input.opcoRef)) {
        return { fr: 'Indiquez la référence OPCO du dépôt.', en: 'Enter the OPCO reference of the filing.' }
      }
      const at = ctx.input.submittedAt
      if (at !== undefined && (!isValidDate(at) || at > ctx.now)) {
        return {
          fr: 'La date de dépôt est invalide ou dans le futur.',
          en: 'The filing date is invalid or in the future.',
        }
      }
      return undefined
    },
    effects: (ctx, b) => {
      // T2 counts from the day the DPC was really filed, which may be earlier than today's entry.
      const submittedAt = ctx.input.submittedAt ?? ctx.now
      b.notify('file.submitted', ['coordinators', 'facilitators'])
      armOpcoSilence(b, ctx.file, submittedAt, ctx.config)
      b.cancel('T1')
      return { opcoRef: (ctx.input.opcoRef ?? '').trim(), submittedAt }
    },
  },
  // submitted→info_requested | SA uploads OPCO request | RC | T3 SA +3 d, +7 d; RC +10 d | T2
  {
    from: ['submitted'],
    to: 'info_requested',
    actors: SA_OR_RC,
    effects: (ctx, b) => {
      b.notify('file.info_requested', ['coordinators'])
      armInfoRequest(b, ctx.now, ctx.config)
      b.cancel('T2')
      return {}
    },
  },
  // info_requested→submitted | SA uploads complements | RC | T2 re-armed from now | T3
  {
    from: ['info_requested'],
    to: 'submitted',
    actors: SA_OR_RC,
    effects: (ctx, b) => {
      b.notify('file.submitted', ['coordinators'], { data: { complements: true } })
      armOpcoSilence(b, ctx.file, ctx.now, ctx.config)
      b.cancel('T3')
      return {}
    },
  },
  // submitted→approved | SA uploads APC (agreed ≥ requested) | RC, TR, ERIC, SA direction | T4–T8 | T2, T3
  {
    from: ['submitted'],
    to: 'approved',
    actors: SA_OR_RC,
    validate: validateApc,
    guard: (ctx) => {
      const agreed = agreedOf(ctx)
      const requested = ctx.file.requestedAmount
      if (agreed === undefined || requested === undefined || agreed >= requested) return undefined
      return {
        fr: `Montant accordé (${agreed}) inférieur au montant demandé (${requested}) : enregistrez un accord partiel.`,
        en: `Agreed amount (${agreed}) is below the requested amount (${requested}): record a partial approval.`,
      }
    },
    effects: (ctx, b) => {
      b.cancel('T2', 'T3')
      const patch = apcPatch(ctx)
      return approve(ctx, b, patch, { agreedAmount: patch.agreedAmount ?? 0 })
    },
  },
  // submitted→partially_approved | SA uploads APC (agreed < requested) | SA + RC: gap = remainder | T9 | T2, T3
  {
    from: ['submitted'],
    to: 'partially_approved',
    actors: SA_OR_RC,
    validate: validateApc,
    guard: (ctx) => {
      const agreed = agreedOf(ctx)
      const requested = ctx.file.requestedAmount
      if (agreed === undefined) return undefined
      if (requested === undefined) {
        return {
          fr: 'Le montant demandé est inconnu : impossible de constater un accord partiel.',
          en: 'The requested amount is unknown: a partial approval cannot be established.',
        }
      }
      if (agreed < requested) return undefined
      return {
        fr: `Montant accordé (${agreed}) au moins égal au montant demandé (${requested}) : enregistrez un accord.`,
        en: `Agreed amount (${agreed}) covers the requested amount (${requested}): record an approval.`,
      }
    },
    effects: (ctx, b) => {
      const patch = apcPatch(ctx)
      b.notify('file.partially_approved', ['structure-admins', 'coordinators'], {
        data: {
          requestedAmount: ctx.file.requestedAmount ?? null,
          agreedAmount: patch.agreedAmount ?? null,
          remainder: patch.remainder ?? null,
        },
      })
      armPartialDecision(b, ctx.file, ctx.now, ctx.config)
      b.cancel('T2', 'T3')
      return patch
    },
  },
  // partially_approved→approved | SA accepts remainder or co-funding | as approved + remainder | as approved | T9
  {
    from: ['partially_approved'],
    to: 'approved',
    actors: SA,
    effects: (ctx, b) => {
      b.cancel('T9')
      const { requestedAmount, agreedAmount } = ctx.file
      const remainder =
        ctx.file.remainder ??
        (requestedAmount !== undefined && agreedAmount !== undefined ? Math.max(0, requestedAmount - agreedAmount) : 0)
      return approve(ctx, b, {}, { agreedAmount: agreedAmount ?? 0, remainder })
    },
  },
  // submitted→refused | SA enters refusal + reason | SA, RC with options | T10 +7 d; proposal D−14 | T2, T3
  {
    from: ['submitted'],
    to: 'refused',
    actors: SA_OR_RC,
    validate: (ctx) =>
      isNonEmptyText(ctx.input.refusalReason ?? ctx.file.refusalReason)
        ? undefined
        : { fr: 'Indiquez le motif du refus.', en: 'Enter the reason for the refusal.' },
    effects: (ctx, b) => {
      const reason = (ctx.input.refusalReason ?? ctx.file.refusalReason ?? '').trim()
      b.notify('file.refused', ['structure-admins', 'coordinators'], {
        data: { reason, options: 'draft,self_funded,cancelled' },
      })
      armRefusalOptions(b, ctx.file, ctx.now, ctx.config)
      b.cancel('T2', 'T3')
      return { refusalReason: reason }
    },
  },
  // refused / partially_approved→draft | SA resubmits (guard D−L ≥ today, else new dates) | RC | T0, T1 | T9, T10
  {
    from: ['refused', 'partially_approved'],
    to: 'draft',
    actors: SA,
    validate: (ctx) => {
      const { sessionStart, sessionEnd, slots } = ctx.input
      if (sessionStart === undefined && sessionEnd === undefined && slots === undefined) return undefined
      return checkDates(sessionStart, sessionEnd, slots)
    },
    guard: (ctx) =>
      canStillFile(ctx.input.sessionStart ?? sessionStartOf(ctx.file), ctx.file.opco, ctx.now, ctx.config, ctx.file.leadTimeDays),
    effects: (ctx, b) => {
      const patch = newDatesPatch(ctx.input)
      const next: FileFacts = { ...ctx.file, ...patch }
      b.notify('file.resubmitted', ['coordinators'])
      armCompletenessNudge(b, ctx.now, ctx.config)
      armDeadlineReminders(b, next, ctx.config)
      // The expiry clock armed at creation still watches the old D; new dates need their own.
      if (patch.sessionStart !== undefined) armSessionStartExpiry(b, next)
      b.cancel('T9', 'T10')
      return patch
    },
  },
  // refused→self_funded | SA accepts to pay / other funder | RC, TR | as approved | T10
  {
    from: ['refused'],
    to: 'self_funded',
    actors: SA,
    effects: (ctx, b) => {
      b.notify('file.self_funded', ['coordinators', 'facilitators'])
      // No APC: no validity watch (T8) and no validity expiry.
      armApproval(b, ctx.file, ctx.config, { convocations: true, validityWatch: false })
      b.cancel('T10')
      return { selfFunded: true }
    },
  },
  // approved/self_funded→convened | SYS when T5 sent all convocations | P: convocation + RI + ERIC address;
  // SA direction | T11 P D−1; T12 TR D−2 with attendance link | T5
  {
    from: ['approved', 'self_funded'],
    to: 'convened',
    actors: SYS,
    guard: (ctx) => convocationTimeReached(ctx.file, ctx.now, ctx.config),
    effects: (ctx, b) => {
      b.notify('session.convocation', ['participants'], {
        perParticipant: true,
        attach: ['ics', 'reglement_interieur'],
      })
      b.notify('session.convened', ['director'])
      // The convocations kept on the file (Qualiopi ind. 9) are the ones the mails announce.
      b.generate('convocations')
      armSessionReminders(b, ctx.file, ctx.config)
      b.cancel('T5')
      return {}
    },
  },
  // convened→in_progress | SYS at first slot start | TR: attendance open | T13 per slot at end+2 h | T11, T12
  {
    from: ['convened'],
    to: 'in_progress',
    actors: SYS,
    guard: (ctx) => firstSlotStarted(ctx.file, ctx.now),
    effects: (ctx, b) => {
      b.notify('session.attendance_open', ['facilitators'])
      armAttendanceChecks(b, ctx.file, ctx.config)
      b.cancel('T11', 'T12')
      return {}
    },
  },
  // in_progress→delivered | SYS at E | P: hot survey link | T14, T15, T16, T20a; draft attestations &
  // certificats | T13 (past slots), T8
  {
    from: ['in_progress'],
    to: 'delivered',
    actors: SYS,
    guard: (ctx) => sessionEnded(ctx.file, ctx.now),
    effects: (ctx, b) => {
      b.notify('survey.hot', ['participants'], { perParticipant: true, data: { inRoom: true } })
      armAfterSession(b, ctx.file, ctx.now, ctx.config)
      b.generate('attestations_draft', 'certificats_draft')
      // The last slot's check (end + 2 h) is still ahead and must run.
      b.cancelPast('T13')
      b.cancel('T8')
      return {}
    },
  },
  // delivered→evidence_ready | SYS (sheets signed + countersigned, hours, certificats) | RC: invoice now;
  // billing to_invoice | T17 +10 d | —
  {
    from: ['delivered'],
    to: 'evidence_ready',
    actors: SYS,
    guard: (ctx) => evidenceComplete(ctx.file),
    effects: (ctx, b) => {
      b.notify('billing.invoice_now', ['coordinators'])
      armInvoiceReminder(b, ctx.now, ctx.config)
      // The cold survey already went out while the file was still `delivered` (T20a fired): move on to
      // follow_up now instead of waiting for a T20a that has already been spent.
      if (ctx.file.coldSurveySentAt !== undefined) armColdSurveyAt(b, ctx.now)
      return ctx.file.billingStatus === 'none' ? { billingStatus: 'to_invoice' } : {}
    },
  },
  // evidence_ready→follow_up | SYS when T20a fires at E+60 d | P: cold survey; director: cold survey + offer of a
  // 2nd operational training | T20 +7 d, +14 d; close +21 d | T14, T16
  {
    from: ['evidence_ready'],
    to: 'follow_up',
    actors: SYS,
    guard: (ctx) => coldSurveyTimeReached(ctx.file, ctx.now, ctx.config),
    effects: (ctx, b) => {
      const sentAt = ctx.file.coldSurveySentAt ?? ctx.now
      if (ctx.file.coldSurveySentAt === undefined) {
        b.notify('survey.cold', ['participants'], { perParticipant: true })
        b.notify('survey.cold_director', ['director'], { data: { secondTrainingOffer: true } })
      }
      armColdSurveyFollowUp(b, sentAt, ctx.config)
      b.cancel('T14', 'T16')
      return { coldSurveySentAt: sentAt }
    },
  },
  // follow_up→reported | SYS at cold close (or RC) | RC, SA, ERIC: report; ED: testimony candidates | — | T20
  {
    from: ['follow_up'],
    to: 'reported',
    actors: [...SYS, ...RC],
    effects: (_ctx, b) => {
      b.notify('file.report_ready', ['coordinators', 'structure-admins', 'eric'])
      b.notify('file.report_ready', ['editors'], { data: { testimonyCandidates: true, consentOnly: true } })
      b.generate('report')
      b.cancel('T20')
      return {}
    },
  },
  // reported→closed | RC (guard billing=paid, report validated) | — | T22 +6 y, +10 y if co-funded | all remaining
  {
    from: ['reported'],
    to: 'closed',
    actors: RC,
    guard: (ctx) => {
      if (ctx.file.billingStatus !== 'paid') {
        return {
          fr: 'La facturation n’est pas soldée (statut « payé » requis).',
          en: 'Billing is not settled (status paid required).',
        }
      }
      if (ctx.file.reportValidated !== true && ctx.input.reportValidated !== true && !ctx.preview) {
        return { fr: 'Le bilan n’est pas validé.', en: 'The report is not validated.' }
      }
      return undefined
    },
    effects: (ctx, b) => {
      // "all remaining": every pending timer; T22 is the one armed by this very move.
      b.cancel(...TIMER_NAMES.filter((t) => t !== 'T22'))
      armRetention(b, ctx.file, ctx.now, ctx.config)
      return { reportValidated: true }
    },
  },
  // any pre-in_progress→cancelled | SA or RC | P, TR, ERIC; SA: inform OPCO in writing | — | all
  {
    from: PRE_SESSION_STATES,
    to: 'cancelled',
    actors: SA_OR_RC,
    effects: (ctx, b) => {
      const reason = ctx.input.reason?.trim() ?? null
      // The OPCO only needs a letter once it has the DPC.
      const opcoInvolved = !['draft', 'ready'].includes(ctx.file.status)
      b.notify('file.cancelled', ['participants', 'facilitators', 'eric'], { data: { reason } })
      b.notify('file.cancelled', ['structure-admins'], { data: { reason, informOpcoInWriting: opcoInvolved } })
      b.cancel(...TIMER_NAMES)
      return {}
    },
  },
  // draft/ready/submitted/info_requested/approved→expired | SYS at D without approval, or validUntil passed
  // before delivery | SA, RC: offer clone with new dates | — | all
  {
    from: ['draft', 'ready', 'submitted', 'info_requested', 'approved'],
    to: 'expired',
    actors: SYS,
    guard: (ctx) => expiryReached(ctx.file, ctx.now),
    effects: (ctx, b) => {
      const d = sessionStartOf(ctx.file)
      b.notify('file.expired', ['structure-admins', 'coordinators'], {
        data: { offerClone: true, sessionStart: d === undefined ? null : d.toISOString() },
      })
      b.cancel(...TIMER_NAMES)
      return {}
    },
  },
]
