import type { Job, Queue } from 'bullmq'
import type { Payload } from 'payload'
import { relationId } from '../../collections/shared/relation-ids'
import { createLogger } from '../../src/lib/logger'
import type { OutboxEventJob } from '../../src/outbox/relay'
import { parseTimerJobId, timerJobId, timerJobIdsOf, type EffectsPlan, type TimerName, type TimerPlan, type TimerSequence } from '../../src/workflow'
import { generateDocuments } from './documents'
import { fileMailData, fileSnapshot, type FileSnapshot } from './file-mail-context'
import { notificationData } from './notification-data'
import { requestMails } from './request-mail'
import type { Queues } from '../plumbing/queues'

const log = createLogger('effects')

/** The data of a `file.moved` / `file.timer` outbox event. */
export interface FileEventData {
  plan: EffectsPlan
  timerSeq: TimerSequence
}

/**
 * A pending timer's job data: its plan only. The file, the timer and the occurrence are in the deterministic job
 * id (`ff-<fileId>-<timer>-<n>`), which is what keeps a pending timer under 1 KB of Redis; jobs written before
 * that also carry `fileId`.
 */
export interface TimerJobData {
  fileId?: string
  plan: TimerPlan
}

/** The file a timer job is about: from its id (see TimerJobData). */
export function timerFileId(job: { id?: string; data: TimerJobData }): string | undefined {
  return job.data.fileId ?? (job.id ? parseTimerJobId(job.id)?.fileId : undefined)
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
  // Each id on its own: the removals and look-ups go to Redis together (one round trip, not one per timer).
  const removeIf = async (id: string, keep?: (job: Job<TimerJobData>) => boolean): Promise<string | undefined> => {
    if (keep) {
      const job = (await queue.getJob(id)) as Job<TimerJobData> | undefined
      if (!job || keep(job)) return undefined
    }
    return (await removeJob(queue, id)) ? id : undefined
  }
  const removed = await Promise.all([
    ...timerJobIdsOf(fileId, plan.cancel, seq).map((id) => removeIf(id)),
    // "Past" occurrences only (e.g. T13 of slots already over): the job's due time is not after the move.
    ...timerJobIdsOf(fileId, plan.cancelPast, seq).map((id) => removeIf(id, (job) => job.timestamp + (job.delay ?? 0) > movedAt)),
    ...plan.cancelForParticipant.flatMap(({ participantId, timers }) =>
      timerJobIdsOf(fileId, timers as TimerName[], seq).map((id) => removeIf(id, (job) => job.data?.plan.participantId !== participantId)),
    ),
  ])
  return removed.filter((id): id is string => id !== undefined)
}

/** Adds the timers as delayed jobs with their deterministic ids (a re-run adds nothing new). */
export async function scheduleTimers(queue: Queue, fileId: string, timers: TimerPlan[], now = Date.now()): Promise<void> {
  if (timers.length === 0) return
  await queue.addBulk(
    timers.map((plan) => ({
      name: plan.timer,
      data: { plan } satisfies TimerJobData,
      opts: { jobId: timerJobId(fileId, plan.timer, plan.n), delay: Math.max(0, new Date(plan.at).getTime() - now) },
    })),
  )
}

/**
 * Executes the effects plan of a move or a fired timer: cancel, schedule, and hand the notifications to the mail
 * side as requests. Every step is idempotent (job ids, idempotency keys), so a re-delivered event changes nothing.
 * The cancelled and the scheduled timers never share an id (occurrences are never reused, see job-ids.ts), so the
 * three go to Redis together, after the file's facts are read: one round trip instead of one per step.
 */
export async function executeFilePlan(payload: Payload, queues: Queues, event: OutboxEventJob, snapshot?: FileSnapshot): Promise<void> {
  const fileId = event.aggregateId
  const { plan, timerSeq } = event.data as unknown as FileEventData
  const read = snapshot ?? fileSnapshot(payload, fileId)
  const loaded = plan.notify.length > 0 ? await read() : undefined
  const facts = loaded ? await fileMailData(payload, fileId, read) : {}
  // Who the mails are about, as just read: the notify job then needs not read the file again.
  const scope = loaded ? { structureId: relationId(loaded.file.structure), sessionId: relationId(loaded.file.session) } : {}
  const [removed] = await Promise.all([
    cancelTimers(queues.timers, fileId, plan, timerSeq ?? {}, new Date(event.occurredAt).getTime()),
    scheduleTimers(queues.timers, fileId, plan.schedule),
    requestMails(
      queues,
      plan.notify.map((notify, index) => ({
        kind: notify.kind,
        idempotencyKey: `${event.eventId}-${index}`,
        fileId,
        ...scope,
        roles: notify.to,
        perParticipant: notify.perParticipant,
        participantId: notify.participantId,
        attach: notify.attach,
        exceptUserIds: notify.exceptUserIds,
        whileIn: notify.whileIn,
        data: notificationData(facts, notify),
      })),
    ),
  ])
  if (plan.generate.length > 0) await generateDocuments(payload, queues, fileId, plan.generate)
  log.debug('plan executed', { fileId, removed: removed.length, scheduled: plan.schedule.length, notified: plan.notify.length })
}

