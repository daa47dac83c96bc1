import type { Job } from 'bullmq'
import { APIError, createLocalReq, type Payload } from 'payload'
import { loadFile, patchToData } from '../collections/funding-files/facts'
import { moveFundingFile } from '../collections/funding-files/move-service'
import { createLogger } from '../src/lib/logger'
import { inTransaction } from '../src/lib/transaction'
import { writeOutboxEvent } from '../src/outbox/write-event'
import { emptyPlan } from '../src/workflow/effects'
import { onTimerFired, type FileFacts, type TimerPlan } from '../src/workflow'
import type { TimerJobData } from './file-effects'

const log = createLogger('timers')

/** Facts only known when a check fires (role mix at list lock, a slot's attendance), from the sessions module. */
export type CheckFacts = (payload: Payload, facts: FileFacts, sessionId: string | undefined, plan: TimerPlan) => Promise<Partial<FileFacts>>

let checkFacts: CheckFacts = async () => ({})

/** The sessions module plugs in how role-mix and attendance facts are read. */
export function provideCheckFacts(provider: CheckFacts): void {
  checkFacts = provider
}

/**
 * A timer fires: re-read the file, ask the workflow what this timer still means, and do only that. Moves go
 * through the same service as a person's; notifications and follow-up timers go through the outbox under an
 * event id derived from the job id, so a retried timer job cannot send twice.
 */
export async function handleTimer(payload: Payload, job: Job<TimerJobData>, now = new Date()): Promise<string> {
  const { fileId, plan } = job.data
  const loaded = await loadFile(payload, fileId)
  if (!loaded) return 'file-gone'
  const sessionId = loaded.session ? String(loaded.session.id) : undefined
  const facts = plan.action.type === 'check' ? { ...loaded.facts, ...(await checkFacts(payload, loaded.facts, sessionId, plan)) } : loaded.facts
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
      const planOut = { ...emptyPlan(), notify: outcome.notify, schedule: outcome.schedule }
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
