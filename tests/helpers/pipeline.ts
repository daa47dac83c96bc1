import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { TimerJobData } from '../../jobs/shared/file-effects'
import { waitFor } from './wait'

/** Waits until every committed event has been published and every queue (but delayed timers) has drained. */
export async function settle(payload: Payload, runtime: WorkerRuntime, timeoutMs = 20000): Promise<void> {
  try {
    await drain(payload, runtime, timeoutMs)
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${await describeQueues(payload, runtime)}`)
  }
}

/** What is still moving, and why jobs failed: the message a stuck test needs. */
async function describeQueues(payload: Payload, runtime: WorkerRuntime): Promise<string> {
  const lines: string[] = []
  const pending = await payload.count({ collection: 'outbox-events', where: { status: { equals: 'pending' } }, overrideAccess: true })
  lines.push(`outbox pending: ${pending.totalDocs}`)
  for (const queue of Object.values(runtime.queues)) {
    lines.push(`${queue.name}: ${JSON.stringify(await queue.getJobCounts())}`)
    const failing = await queue.getJobs(['failed', 'delayed'])
    for (const job of failing.filter((j) => j.failedReason).slice(0, 3)) lines.push(`  ${job.id}: ${job.failedReason}`)
  }
  return lines.join('\n')
}

async function drain(payload: Payload, runtime: WorkerRuntime, timeoutMs: number): Promise<void> {
  await waitFor(
    'the outbox and the queues to drain',
    async () => {
      runtime.relay.wake()
      const pending = await payload.count({ collection: 'outbox-events', where: { status: { equals: 'pending' } }, overrideAccess: true })
      if (pending.totalDocs > 0) return false
      for (const queue of Object.values(runtime.queues)) {
        const counts = await queue.getJobCounts('waiting', 'active', 'prioritized')
        if (counts.waiting + counts.active + counts.prioritized > 0) return false
      }
      // Nothing moved for a beat: a job may have just written a new event.
      const again = await payload.count({ collection: 'outbox-events', where: { status: { equals: 'pending' } }, overrideAccess: true })
      return again.totalDocs === 0
    },
    timeoutMs,
    100,
  )
}

/** The delayed timers of one file, as "T1-0", "T2-1"… (timer name and occurrence). */
export async function pendingTimers(runtime: WorkerRuntime, fileId: string): Promise<string[]> {
  const prefix = `ff-${encodeURIComponent(fileId)}-`
  const jobs = await runtime.queues.timers.getJobs(['delayed', 'waiting'])
  return jobs
    .filter((j) => j.id?.startsWith(prefix))
    .map((j) => j.id!.slice(prefix.length))
    .sort()
}

export const timerNames = (ids: string[]): string[] => [...new Set(ids.map((id) => id.replace(/-\d+$/, '')))].sort()

/** The earliest pending occurrence of a timer of the file (its job and due time). */
export async function nextTimer(runtime: WorkerRuntime, fileId: string, timer: string) {
  const prefix = `ff-${encodeURIComponent(fileId)}-${timer}-`
  const jobs = (await runtime.queues.timers.getJobs(['delayed'])).filter((j) => j.id?.startsWith(prefix))
  const sorted = jobs.sort((a, b) => new Date((a.data as TimerJobData).plan.at).getTime() - new Date((b.data as TimerJobData).plan.at).getTime())
  const job = sorted[0]
  if (!job) throw new Error(`no pending ${timer} timer for file ${fileId}`)
  return { job, at: new Date((job.data as TimerJobData).plan.at) }
}

/** The notification requests made for a file, in order: kind and roles. */
export async function notificationRequests(runtime: WorkerRuntime, fileId: string): Promise<{ kind: string; roles: string[] }[]> {
  const jobs = await runtime.queues.notify.getJobs(['completed', 'waiting', 'active', 'delayed', 'failed'])
  return jobs
    .filter((j) => j.data.fileId === fileId)
    .sort((a, b) => a.timestamp - b.timestamp)
    .map((j) => ({ kind: j.data.kind as string, roles: (j.data.roles ?? []) as string[] }))
}
