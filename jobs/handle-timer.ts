import { UnrecoverableError, type Job } from 'bullmq'
import { APIError, createLocalReq, type Payload } from 'payload'
import { loadFile, patchToData } from '../collections/funding-files/facts'
import { moveFundingFile } from '../collections/funding-files/move-service'
import { createLogger } from '../src/lib/logger'
import { inTransaction } from '../src/lib/transaction'
import { writeOutboxEvent } from '../src/outbox/write-event'
import { emptyPlan } from '../src/workflow/effects'
import { onTimerFired, type FileFacts, type NotifyRequest, type TimerPlan } from '../src/workflow'
import { timerFileId, type TimerJobData } from './file-effects'
import { sessionCheckFacts } from './session-facts'

const log = createLogger('timers')

/** Facts only known when a check fires (role mix at list lock, a slot's attendance): read by the sessions module. */
export type CheckFacts = (payload: Payload, facts: FileFacts, sessionId: string | undefined, plan: TimerPlan) => Promise<Partial<FileFacts>>

/** The absence alert names who did not sign (the check read them with the slot's attendance). */
function withAbsentNames(notify: NotifyRequest[], facts: FileFacts, plan: TimerPlan): NotifyRequest[] {
  const found = plan.slotIndex === undefined ? undefined : (facts.slotAttendance?.[plan.slotIndex] as { absentNames?: string[] } | undefined)
  if (!found?.absentNames) return notify
  return notify.map((n) => (n.kind === 'attendance.absence' ? { ...n, data: { ...n.data, participantNames: found.absentNames ?? [] } } : n))
}

/**
 * A timer fires: re-read the file, ask the workflow what this timer still means, and do only that. Moves go
 * through the same service as a person's; notifications and follow-up timers go through the outbox under an
 * event id derived from the job id, so a retried timer job cannot send twice.
 */
export async function handleTimer(payload: Payload, job: Job<TimerJobData>, now = new Date()): Promise<string> {
  const { plan } = job.data
  const fileId = timerFileId(job)
  if (!fileId) throw new UnrecoverableError(`timer job ${job.id} names no file`)
  const loaded = await loadFile(payload, fileId)
  if (!loaded) return 'file-gone'
  const sessionId = loaded.session ? String(loaded.session.id) : undefined
  const facts = plan.action.type === 'check' ? { ...loaded.facts, ...(await sessionCheckFacts(payload, loaded.facts, sessionId, plan)) } : loaded.facts
  const outcome = onTimerFired(facts, plan, now)
  switch (outcome.type) {
    case 'noop':
      return `noop: ${outcome.reason}`
    case 'transition':
    case 'billing':
      try {
        await moveFundingFile(payload, { id: fileId, kind: outcome.type, to: outcome.to, now })
        return `moved to ${outcome.to}`
      } catch (error) {
        // Someone moved the file meanwhile: the timer has nothing left to do.
        if (error instanceof APIError && error.status === 409) return `noop: ${error.message}`
        throw error
      }
    case 'task':
      log.info('workflow task due (handled by its module)', { fileId, task: outcome.task })
      return `task: ${outcome.task}`
    case 'notify': {
      const req = await createLocalReq({ context: { timerPatch: true } }, payload)
      const eventId = `timer-${job.id}`
      const timerSeq = { ...(loaded.file.timerSeq as object), ...(outcome.patch.timerSeq ?? {}) }
      const patch = patchToData({ ...outcome.patch, timerSeq } as Record<string, unknown>)
      const planOut = { ...emptyPlan(), notify: withAbsentNames(outcome.notify, facts, plan), schedule: outcome.schedule }
      const handled = await inTransaction(req, async () => {
        const existing = await payload.count({ collection: 'outbox-events', where: { eventId: { equals: eventId } }, overrideAccess: true, req })
        if (existing.totalDocs > 0) return false
        await payload.update({ collection: 'funding-files', id: fileId, data: patch, depth: 0, overrideAccess: true, req })
        await writeOutboxEvent(req, { eventId, type: 'file.timer', aggregate: 'funding-files', aggregateId: fileId, data: { plan: planOut, timerSeq } })
        return true
      })
      if (!handled) return 'already-handled'
      for (const task of outcome.tasks) log.info('workflow task due (handled by its module)', { fileId, task })
      return `notified: ${outcome.notify.map((n) => n.kind).join(', ')}`
    }
  }
}
