import type { BillingState, FileState } from './states'
import type { EffectsPlan } from './effects'
import type { FilePatch } from './facts'
import type { Bilingual } from './messages'

/**
 * Why a move was refused: `illegal` (no such move from this state: 409), `forbidden` (not for this actor: 403),
 * `guard` (the move exists but its condition does not hold now: 409), `invalid_input` (bad typed data: 400).
 */
export type FailureCode = 'illegal' | 'forbidden' | 'guard' | 'invalid_input'

export interface Failure<S extends string> {
  ok: false
  code: FailureCode
  message: Bilingual
  /** The moves this actor may make now, named in the message too. */
  allowed: S[]
}

export interface TransitionSuccess {
  ok: true
  from: FileState
  to: FileState
  plan: EffectsPlan
  /** Fields to write on the file with the move (always includes `status`). */
  patch: FilePatch
}

export type TransitionResult = TransitionSuccess | Failure<FileState>

export interface BillingTransitionSuccess {
  ok: true
  from: BillingState
  to: BillingState
  plan: EffectsPlan
  /** Always includes `billingStatus`. */
  patch: FilePatch
}

export type BillingTransitionResult = BillingTransitionSuccess | Failure<BillingState>

/** ∅ → draft. */
export interface CreateSuccess {
  ok: true
  from: null
  to: 'draft'
  plan: EffectsPlan
  patch: FilePatch
}

export type CreateResult = CreateSuccess | Failure<FileState>
