import { DelayedError, UnrecoverableError, type Job } from 'bullmq'
import type { Redis } from 'ioredis'
import { APIError, createLocalReq, type Payload } from 'payload'
import { loadFile, patchToData } from '../../collections/funding-files/facts'
import { moveFundingFile } from '../../collections/funding-files/move-service'
import { closeSurveyLinks } from '../../collections/survey-responses/services/close-survey'
import { purgeFilePersonalData } from '../../src/gdpr/purge-file'
import { withCorrelation } from '../../src/lib/correlation'
import { createLogger } from '../../src/lib/logger'
import { newRequestId } from '../../src/lib/request-id'
import { inTransaction } from '../../src/lib/transaction'
import { writeSystemFields } from '../../src/lib/system-write'
import { writeOutboxEvent } from '../../src/outbox/write-event'
import { emptyPlan } from '../../src/workflow/effects'
import { onTimerFired, timerEarlyByMs, type FileFacts, type NotifyRequest, type TimerPlan } from '../../src/workflow'
import { timerFileId, type TimerJobData } from '../shared/file-effects'
import { sessionCheckFacts } from '../shared/session-facts'

const log = createLogger('timers')

/**
 * The clock timers are judged by: Redis's, the one server every process shares. BullMQ promotes a delayed job by the
 * clock of the worker that asks for work, so a worker whose clock runs ahead takes timers early; its own clock
 * cannot tell it so.
 */
export async function referenceTime(connection: Redis): Promise<Date> {
  try {
    const [seconds, micros] = await connection.time()
    return new Date(Number(seconds) * 1000 + Math.floor(Number(micros) / 1000))
  } catch {
    // The fail-fast connection not back yet after an outage, while the worker's own got this job: its clock then.
    return new Date()
  }
}

/**
 * BullMQ's public job.moveToDelayed(at) counts from this process's clock and never below it: from a worker an hour
 * ahead, the timer would come back an hour late once that clock is set right. Its backend (not in BullMQ's typings)
 * takes the start we give: the reference clock's now, so that the job is due at its own time.
 */
interface DelayBackend {
  moveToDelayed(jobId: string, timestamp: number, delay: number, token: string, opts: { skipAttempt: boolean }): Promise<void>
}

/** A worker whose clock is ahead gets the same early job back at once: it pauses this long between two tries. */
const SKEWED_PAUSE_MS = 1000
let skewWarnedAt = 0

/**
 * A timer taken before its due time goes back to the delayed set for the rest, counted from the reference clock
 * (so that the job is due at its own time for every worker, whatever this one's clock says), and does nothing now.
 */
async function waitForDueTime(job: Job<TimerJobData>, now: Date, earlyMs: number, token: string | undefined): Promise<never> {
  if (!token) throw new Error(`timer job ${job.id} ran ${earlyMs} ms early and cannot be put back (no lock token)`)
  const skewMs = Date.now() - now.getTime()
  if (skewMs > 1000) {
    if (Date.now() - skewWarnedAt > 60_000) {
      skewWarnedAt = Date.now()
      log.warn('this worker clock is ahead of Redis: timers it takes early are put back until their time', { skewMs })
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(earlyMs, SKEWED_PAUSE_MS)))
  }
  const backend = (job as unknown as { backend: DelayBackend }).backend
  await backend.moveToDelayed(String(job.id), now.getTime(), earlyMs, token, { skipAttempt: true })
  log.info('timer taken early: put back until its time', { job: job.id, earlyMs })
  // Tells the worker the job has been moved, not finished.
  throw new DelayedError()
}


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
export function handleTimer(payload: Payload, job: Job<TimerJobData>, now = new Date(), token?: string): Promise<string> {
  // A firing starts a path of its own: one new correlation id for its move, its events, their mails and log lines.
  return withCorrelation(newRequestId(), () => fireTimer(payload, job, now, token))
}

async function fireTimer(payload: Payload, job: Job<TimerJobData>, now: Date, token: string | undefined): Promise<string> {
  const { plan } = job.data
  // Before its time (a worker clock ahead, a job promoted early): not yet. Firing twice is kept out by the file's
  // state (a move is refused once made) and by the event id below (one outbox event per timer job).
  const earlyMs = timerEarlyByMs(plan.at, now)
  if (earlyMs > 0) await waitForDueTime(job, now, earlyMs, token)
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
      // T22: the end of the file's retention (src/gdpr/purge-file.ts).
      if (outcome.task === 'purge_personal_data') return `task: ${await purgeFilePersonalData(payload, fileId, now)}`
      // T14 at E+10 d: the hot questionnaire closes (collections/survey-responses/services/close-survey.ts).
      if (outcome.task === 'close_hot_survey' && sessionId) return `task: close_hot_survey, ${await closeSurveyLinks(payload, sessionId, 'survey-hot', now)} links closed`
      log.info('workflow task due (handled by its module)', { fileId, task: outcome.task })
      return `task: ${outcome.task}`
    case 'notify': {
      const req = await createLocalReq({}, payload)
      const eventId = `timer-${job.id}`
      const timerSeq = { ...(loaded.file.timerSeq as object), ...(outcome.patch.timerSeq ?? {}) }
      const patch = patchToData({ ...outcome.patch, timerSeq } as Record<string, unknown>)
      const planOut = { ...emptyPlan(), notify: withAbsentNames(outcome.notify, facts, plan), schedule: outcome.schedule }
      const handled = await inTransaction(req, async () => {
        const existing = await payload.count({ collection: 'outbox-events', where: { eventId: { equals: eventId } }, overrideAccess: true, req })
        if (existing.totalDocs > 0) return false
        // The patch is bookkeeping only (timerSeq, coldSurveySentAt): the file's `updatedAt` stays, no « Document modifié ».
        await writeSystemFields(payload, req, 'funding-files', fileId, patch)
        await writeOutboxEvent(req, { eventId, type: 'file.timer', aggregate: 'funding-files', aggregateId: fileId, data: { plan: planOut, timerSeq } })
        return true
      })
      if (!handled) return 'already-handled'
      for (const task of outcome.tasks) log.info('workflow task due (handled by its module)', { fileId, task })
      return `notified: ${outcome.notify.map((n) => n.kind).join(', ')}`
    }
  }
}
