/**
 * (participant added / withdrawn) | SA | new P: convocation; TR informed; RC if < min | add/remove that P's T6, T11
 * | that P's timers.
 *
 * Per-participant timers (T6, T11, T14, T20) are one job per occurrence for the whole session; the sender mails
 * each participant still concerned when it fires. So a participant added before an occurrence is covered by it,
 * and a withdrawn one is skipped by it; only the occurrences the newcomer already missed are added for them.
 */
import { SA_OR_RC, type Actor } from './actors'
import { roleName } from './role-names'
import { DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from './config'
import { addDays, sessionStartOf } from './dates'
import { PlanBuilder, type EffectsPlan } from './effects'
import type { FileFacts, FilePatch } from './facts'
import { fileMessages } from './messages'
import type { Failure } from './results'
import { PRE_SESSION_STATES, type FileState } from './states'
import { PER_PARTICIPANT_TIMERS } from './timer-names'
import { allowedMoves } from './transitions'
import { isNonEmptyText } from './validation'

export interface ParticipantChange {
  type: 'added' | 'withdrawn'
  participantId: string
  /** Enrolled participants after the change. */
  participantsAfter: number
}

export type ParticipantChangeResult = { ok: true; plan: EffectsPlan; patch: FilePatch } | Failure<FileState>

/** Once funding is settled the session is on: trainers follow the list. */
const SESSION_COMMITTED: readonly FileState[] = ['approved', 'self_funded', 'convened']

export function participantChange(
  file: FileFacts,
  change: ParticipantChange,
  actor: Actor,
  now: Date,
  config: WorkflowConfig = DEFAULT_WORKFLOW_CONFIG,
): ParticipantChangeResult {
  const allowed = allowedMoves(file, actor, now, config)
  if (!PRE_SESSION_STATES.includes(file.status)) {
    const reason = {
      fr: 'La liste des participants ne change plus une fois la session commencée ou le dossier fermé.',
      en: 'The participant list is frozen once the session has started or the file is closed.',
    }
    return { ok: false, code: 'illegal', message: fileMessages.because(reason, allowed), allowed }
  }
  if (!SA_OR_RC.includes(actor.role)) {
    const reason = {
      fr: `Le rôle « ${roleName(actor.role).fr} » ne peut pas modifier les inscriptions.`,
      en: `The role “${roleName(actor.role).en}” may not change enrolments.`,
    }
    return { ok: false, code: 'forbidden', message: fileMessages.because(reason, allowed), allowed }
  }
  if (
    !isNonEmptyText(change.participantId) ||
    !Number.isInteger(change.participantsAfter) ||
    change.participantsAfter < 0
  ) {
    const reason = { fr: 'Participant ou effectif invalide.', en: 'Invalid participant or head count.' }
    return { ok: false, code: 'invalid_input', message: fileMessages.because(reason, allowed), allowed }
  }

  const b = new PlanBuilder(now, file.timerSeq)
  const { participantId, participantsAfter } = change
  const committed = SESSION_COMMITTED.includes(file.status)
  if (change.type === 'added' && file.status === 'convened') {
    b.notify('session.convocation', ['participants'], { participantId, attach: ['ics', 'reglement_interieur'] })
    // A new version of the convocations, with the newcomer's page.
    b.generate('convocations')
  }
  if (committed) {
    b.notify('session.participants_changed', ['facilitators'], {
      data: { participantChange: change.type, enrolledCount: participantsAfter },
    })
  }
  const min = file.checklist?.minParticipants ?? config.minParticipants
  // « RC if < min »: when a withdrawal leaves the list short. An addition never makes it shorter: a list being built
  // one enrolment at a time does not mail the coordination at each one.
  if (change.type === 'withdrawn' && participantsAfter < min) {
    b.notify('session.below_minimum', ['coordinators'], {
      data: { enrolledCount: participantsAfter, minParticipants: min },
    })
  }
  if (change.type === 'added' && committed) {
    // The positioning survey (T6, D−10) already went out: send it to the newcomer now. T11 (D−1) is still ahead
    // for anyone added before the session, so the shared occurrence covers them.
    const d = sessionStartOf(file)
    if (d !== undefined && now >= addDays(d, -config.positioningSurveyDaysBefore) && now < d) {
      b.schedule('T6', now, { type: 'notify', kind: 'survey.positioning', to: ['participants'] }, 'now', {
        participantId,
      })
    }
  }
  if (change.type === 'withdrawn') {
    b.plan.cancelForParticipant.push({ participantId, timers: [...PER_PARTICIPANT_TIMERS] })
  }
  const patch: FilePatch = {}
  const timerSeq = b.timerSeq()
  if (timerSeq !== undefined) patch.timerSeq = timerSeq
  return { ok: true, plan: b.plan, patch }
}
