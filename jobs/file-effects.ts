import type { Queue } from 'bullmq'
import type { Payload } from 'payload'
import { createLogger } from '../src/lib/logger'
import type { OutboxEventJob } from '../src/outbox/relay'
import { timerJobId, timerJobIdsOf, type EffectsPlan, type TimerName, type TimerPlan, type TimerSequence } from '../src/workflow'
import { generateDocuments } from './documents'
import { fileMailData } from './file-mail-context'
import { requestMail } from './request-mail'
import type { Queues } from './queues'

const log = createLogger('effects')

/** The data of a `file.moved` / `file.timer` outbox event. */
export interface FileEventData {
  plan: EffectsPlan
  timerSeq: TimerSequence
}

export interface TimerJobData {
  fileId: string
  plan: TimerPlan
}

/** A half-day named by its index in the plan becomes the slot itself for the template. */
function slotOf(facts: Record<string, unknown>, slotIndex: unknown): { slot?: unknown } {
  const slots = facts.slots as unknown[] | undefined
  return typeof slotIndex === 'number' && slots?.[slotIndex] ? { slot: slots[slotIndex] } : {}
}

/** Removes a pending job; an active one cannot be removed, and its handler's state check makes it a no-op. */
async function removeJob(queue: Queue, id: string): Promise<boolean> {
  try {
    return (await queue.remove(id)) === 1
  } catch {
    return false
  }
}

async function cancelTimers(queue: Queue, fileId: string, plan: EffectsPlan, seq: TimerSequence, movedAt: number): Promise<string[]> {
  const removed: string[] = []
  for (const id of timerJobIdsOf(fileId, plan.cancel, seq)) if (await removeJob(queue, id)) removed.push(id)
  // "Past" occurrences only (e.g. T13 of slots already over): the job's due time is not after the move.
  for (const id of timerJobIdsOf(fileId, plan.cancelPast, seq)) {
    const job = await queue.getJob(id)
    if (job && job.timestamp + (job.delay ?? 0) <= movedAt && (await removeJob(queue, id))) removed.push(id)
  }
  for (const { participantId, timers } of plan.cancelForParticipant) {
    for (const id of timerJobIdsOf(fileId, timers as TimerName[], seq)) {
      const job = await queue.getJob(id)
      if ((job?.data as TimerJobData | undefined)?.plan.participantId === participantId && (await removeJob(queue, id))) removed.push(id)
    }
  }
  return removed
}

/** Adds the timers as delayed jobs with their deterministic ids (a re-run adds nothing new). */
export async function scheduleTimers(queue: Queue, fileId: string, timers: TimerPlan[], now = Date.now()): Promise<void> {
  if (timers.length === 0) return
  await queue.addBulk(
    timers.map((plan) => ({
      name: plan.timer,
      data: { fileId, plan } satisfies TimerJobData,
      opts: { jobId: timerJobId(fileId, plan.timer, plan.n), delay: Math.max(0, new Date(plan.at).getTime() - now) },
    })),
  )
}

/**
 * Executes the effects plan of a move or a fired timer: cancel first, then schedule, then hand the notifications
 * to the mail side as requests. Every step is idempotent (job ids, idempotency keys), so a re-delivered event
 * changes nothing.
 */
export async function executeFilePlan(payload: Payload, queues: Queues, event: OutboxEventJob): Promise<void> {
  const fileId = event.aggregateId
  const { plan, timerSeq } = event.data as unknown as FileEventData
  const removed = await cancelTimers(queues.timers, fileId, plan, timerSeq ?? {}, new Date(event.occurredAt).getTime())
  await scheduleTimers(queues.timers, fileId, plan.schedule)
  if (plan.notify.length > 0) {
    const facts = await fileMailData(payload, fileId)
    for (const [index, notify] of plan.notify.entries()) {
      await requestMail(queues, {
        kind: notify.kind,
        idempotencyKey: `${event.eventId}-${index}`,
        fileId,
        roles: notify.to,
        perParticipant: notify.perParticipant,
        participantId: notify.participantId,
        attach: notify.attach,
        data: { ...facts, ...slotOf(facts, notify.data?.slotIndex), ...notify.data },
      })
    }
  }
  if (plan.generate.length > 0) await generateDocuments(payload, queues, fileId, plan.generate)
  log.debug('plan executed', { fileId, removed: removed.length, scheduled: plan.schedule.length, notified: plan.notify.length })
}

