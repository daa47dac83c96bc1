/**
 * The parallel billing status (domain §5): none → to_invoice (set by delivered → evidence_ready) → invoiced →
 * paid | rejected → invoiced. Only coordinators (and admins) record invoices, rejections and payments.
 */
import { RC, type Actor, type ActorRole } from './actors'
import { spareTheActor } from './actor-notice'
import { DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from './config'
import { PlanBuilder } from './effects'
import type { BillingInput, FileFacts, FilePatch } from './facts'
import { billingMessages, type Bilingual } from './messages'
import type { BillingTransitionResult, Failure } from './results'
import { BILLING_STATES, FILE_STATE_LABELS, isBillingState, type BillingState, type FileState } from './states'
import { armPaymentFollowUp, armRejectedFix } from './timers'
import { isAmount } from './validation'

interface BillingContext {
  file: FileFacts
  now: Date
  input: BillingInput
  config: WorkflowConfig
}

interface BillingRule {
  from: BillingState
  to: BillingState
  actors: readonly ActorRole[]
  validate?: (ctx: BillingContext) => Bilingual | undefined
  effects: (ctx: BillingContext, b: PlanBuilder) => void
}

/** Invoicing starts once the evidence is complete, and stops with closing (closing needs `paid`). */
const BILLABLE_STATES: readonly FileState[] = ['evidence_ready', 'follow_up', 'reported']

const BILLING_RULES: readonly BillingRule[] = [
  // to_invoice→invoiced | RC records invoices | SA: remainder invoice | T18 +30 d, +45 d | T17
  {
    from: 'to_invoice',
    to: 'invoiced',
    actors: RC,
    validate: (ctx) =>
      ctx.input.employerAmount === undefined || isAmount(ctx.input.employerAmount)
        ? undefined
        : {
            fr: 'Le montant facturé à l’employeur est invalide.',
            en: 'The amount invoiced to the employer is invalid.',
          },
    effects: (ctx, b) => {
      const employerAmount = ctx.input.employerAmount ?? ctx.file.remainder ?? 0
      // Only an employer with something to pay gets the remainder invoice.
      if (employerAmount > 0) {
        // The mail's « reste à charge » is what the employer is invoiced (gap and absences), known even when
        // the OPCO agreed to everything asked (no remainder on the file).
        b.notify('billing.remainder_invoice', ['structure-admins'], {
          data: { invoiceAmount: employerAmount, remainder: employerAmount },
        })
      }
      armPaymentFollowUp(b, ctx.now, ctx.config)
      b.cancel('T17')
    },
  },
  // invoiced→rejected | RC records OPCO rejection | RC, SA | T19 fix reminder +5 d | T18
  {
    from: 'invoiced',
    to: 'rejected',
    actors: RC,
    effects: (ctx, b) => {
      b.notify('billing.rejected', ['coordinators', 'structure-admins'], {
        data: { reason: ctx.input.reason?.trim() ?? null },
      })
      armRejectedFix(b, ctx.now, ctx.config)
      b.cancel('T18')
    },
  },
  // rejected→invoiced | RC records the correction | — | payment follow-up re-armed (T18) | T19
  {
    from: 'rejected',
    to: 'invoiced',
    actors: RC,
    effects: (ctx, b) => {
      armPaymentFollowUp(b, ctx.now, ctx.config)
      b.cancel('T19')
    },
  },
  // invoiced→paid | RC records payment | SA (if remainder paid) | — | T18
  {
    from: 'invoiced',
    to: 'paid',
    actors: RC,
    effects: (ctx, b) => {
      if (ctx.input.remainderPaid === true) b.notify('billing.paid', ['structure-admins'])
      b.cancel('T18')
    },
  },
]

function billableGuard(file: FileFacts): Bilingual | undefined {
  if (BILLABLE_STATES.includes(file.status)) return undefined
  return {
    fr: `Le dossier est « ${FILE_STATE_LABELS[file.status].fr} » : la facturation n’est pas ouverte.`,
    en: `The file is ${file.status}: billing is not open.`,
  }
}

export function allowedBillingMoves(file: FileFacts, actor: Actor): BillingState[] {
  if (billableGuard(file) !== undefined) return []
  const open = BILLING_RULES.filter((r) => r.from === file.billingStatus && r.actors.includes(actor.role)).map(
    (r) => r.to,
  )
  return BILLING_STATES.filter((s) => open.includes(s))
}

function failure(
  code: Failure<BillingState>['code'],
  message: Bilingual,
  allowed: BillingState[],
): Failure<BillingState> {
  return { ok: false, code, message, allowed }
}

export function billingTransition(
  file: FileFacts,
  to: BillingState,
  actor: Actor,
  now: Date,
  input: BillingInput = {},
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): BillingTransitionResult {
  const allowed = allowedBillingMoves(file, actor)
  if (!isBillingState(to)) {
    const reason = {
      fr: `Statut de facturation inconnu : « ${String(to)} ».`,
      en: `Unknown billing status: ${String(to)}.`,
    }
    return failure('invalid_input', billingMessages.because(reason, allowed), allowed)
  }
  const rule = BILLING_RULES.find((r) => r.from === file.billingStatus && r.to === to)
  if (rule === undefined) return failure('illegal', billingMessages.illegal(file.billingStatus, to, allowed), allowed)
  if (!rule.actors.includes(actor.role)) {
    return failure('forbidden', billingMessages.forbidden(actor.role, file.billingStatus, to, allowed), allowed)
  }
  const ctx: BillingContext = { file, now, input, config }
  const invalid = rule.validate?.(ctx)
  if (invalid !== undefined) return failure('invalid_input', billingMessages.because(invalid, allowed), allowed)
  const blocked = billableGuard(file)
  if (blocked !== undefined) return failure('guard', billingMessages.because(blocked, allowed), allowed)

  const b = new PlanBuilder(now, file.timerSeq)
  rule.effects(ctx, b)
  spareTheActor(b.plan, actor)
  const patch: FilePatch = { billingStatus: to }
  const timerSeq = b.timerSeq()
  if (timerSeq !== undefined) patch.timerSeq = timerSeq
  return { ok: true, from: file.billingStatus, to, plan: b.plan, patch }
}
