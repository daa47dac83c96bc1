import { SA_OR_RC, SYSTEM_ACTOR, type Actor } from './actors'
import { roleName } from './role-names'
import { spareTheActor } from './actor-notice'
import { DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from './config'
import { PlanBuilder } from './effects'
import type { FileFacts, FilePatch, TransitionInput } from './facts'
import { fileMessages, type Bilingual } from './messages'
import type { CreateResult, Failure, TransitionResult } from './results'
import { FILE_STATES, FILE_STATE_LABELS, isFileState, type FileState } from './states'
import { armCompletenessNudge, armDeadlineReminders, armSessionStartExpiry } from './timers'
import { TRANSITION_RULES, type MoveContext, type TransitionRule } from './transition-rules'

function rulesFrom(status: FileState): TransitionRule[] {
  return TRANSITION_RULES.filter((r) => r.from.includes(status))
}

/** The moves this actor may make now: legal from the current state, allowed for the role, guard holding. */
export function allowedMoves(
  file: FileFacts,
  actor: Actor,
  now: Date,
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): FileState[] {
  const ctx: MoveContext = { file, actor, now, input: {}, config, preview: true }
  const open = new Set<FileState>()
  for (const rule of rulesFrom(file.status)) {
    if (rule.actors.includes(actor.role) && rule.guard?.(ctx) === undefined) open.add(rule.to)
  }
  return FILE_STATES.filter((s) => open.has(s))
}

/** A system move the file waits for, and what it waits on, in words. */
export interface WaitingMove {
  to: FileState
  why: Bilingual
}

/**
 * The moves essaim makes by itself from this state (draft → ready, delivered → evidence_ready, the clock's moves)
 * that cannot happen yet, each with what is still missing: the admin shows them so that nobody wonders why a file
 * does not move. Going back (ready → draft) and expiry are not waited for.
 */
export function waitingMoves(
  file: FileFacts,
  now: Date,
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): WaitingMove[] {
  const ctx: MoveContext = { file, actor: SYSTEM_ACTOR, now, input: {}, config, preview: true }
  const waiting: WaitingMove[] = []
  for (const rule of rulesFrom(file.status)) {
    if (!rule.actors.includes('system') || rule.to === 'expired' || rule.to === 'draft') continue
    const why = rule.guard?.(ctx)
    if (why !== undefined) waiting.push({ to: rule.to, why })
  }
  return waiting
}

function failure(code: Failure<FileState>['code'], message: Bilingual, allowed: FileState[]): Failure<FileState> {
  return { ok: false, code, message, allowed }
}

/**
 * Asks for one move. Nothing is written here: on success the caller writes `patch` and hands `plan` to the
 * effects executor (through the outbox); on failure it answers with `code` and `message`, and changes nothing.
 */
export function transition(
  file: FileFacts,
  to: FileState,
  actor: Actor,
  now: Date,
  input: TransitionInput = {},
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): TransitionResult {
  const allowed = allowedMoves(file, actor, now, config)
  // `to` comes from an HTTP body at runtime, whatever its static type says.
  if (!isFileState(to)) {
    return failure(
      'invalid_input',
      fileMessages.because({ fr: `État inconnu : « ${String(to)} ».`, en: `Unknown state: ${String(to)}.` }, allowed),
      allowed,
    )
  }
  const candidates = rulesFrom(file.status).filter((r) => r.to === to)
  if (candidates.length === 0) return failure('illegal', fileMessages.illegal(file.status, to, allowed), allowed)
  const rule = candidates.find((r) => r.actors.includes(actor.role))
  if (rule === undefined) {
    return failure('forbidden', fileMessages.forbidden(actor.role, file.status, to, allowed), allowed)
  }
  const ctx: MoveContext = { file, actor, now, input, config, preview: false }
  const invalid = rule.validate?.(ctx)
  if (invalid !== undefined) return failure('invalid_input', fileMessages.because(invalid, allowed), allowed)
  const blocked = rule.guard?.(ctx)
  if (blocked !== undefined) return failure('guard', fileMessages.because(blocked, allowed), allowed)

  const b = new PlanBuilder(now, file.timerSeq)
  const patch: FilePatch = { ...rule.effects(ctx, b), status: to }
  spareTheActor(b.plan, actor)
  const timerSeq = b.timerSeq()
  if (timerSeq !== undefined) patch.timerSeq = timerSeq
  return { ok: true, from: file.status, to, plan: b.plan, patch }
}

/**
 * ∅ → draft | SA or RC creates | RC: new file | T0 every 7 d; T1 SA D−45, D−35, D−L−1, RC escalation D−L | —
 * (plus the expiry clock at D). `file` carries the dates and OPCO of the new file; its status is ignored.
 * The system may create too: imports and the demo seed file on behalf of a structure.
 */
export function createFile(
  file: Omit<FileFacts, 'status' | 'billingStatus'> & Partial<Pick<FileFacts, 'status' | 'billingStatus'>>,
  actor: Actor,
  now: Date,
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): CreateResult {
  const facts: FileFacts = { ...file, status: 'draft', billingStatus: 'none' }
  if (!SA_OR_RC.includes(actor.role) && actor.role !== 'system') {
    return failure(
      'forbidden',
      {
        fr: `Le rôle « ${roleName(actor.role).fr} » ne peut pas créer de dossier de financement (« ${FILE_STATE_LABELS.draft.fr} »).`,
        en: `The role “${roleName(actor.role).en}” may not create a funding file.`,
      },
      [],
    )
  }
  const b = new PlanBuilder(now, file.timerSeq)
  b.notify('file.created', ['coordinators'])
  armCompletenessNudge(b, now, config)
  armDeadlineReminders(b, facts, config)
  armSessionStartExpiry(b, facts)
  const patch: FilePatch = { status: 'draft', billingStatus: 'none' }
  const timerSeq = b.timerSeq()
  if (timerSeq !== undefined) patch.timerSeq = timerSeq
  return { ok: true, from: null, to: 'draft', plan: b.plan, patch }
}
