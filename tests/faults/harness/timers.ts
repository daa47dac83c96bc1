import type { Queue } from 'bullmq'

/**
 * Makes the delayed timers of these files due now (as if their time had come), so that a scenario's workers fire
 * them: the timer job re-reads the file and sends its reminder through the outbox. Returns the promoted job ids.
 * Its due time is set to now as well: a timer job run before the time it carries is put back until then.
 */
export async function promoteTimers(timers: Queue, fileIds: string[], timer: string): Promise<string[]> {
  const prefixes = fileIds.map((id) => `ff-${encodeURIComponent(id)}-${timer}-`)
  const delayed = await timers.getJobs(['delayed'])
  const due = delayed.filter((job) => prefixes.some((p) => job.id?.startsWith(p)))
  for (const job of due) {
    await job.updateData({ ...job.data, plan: { ...job.data.plan, at: new Date().toISOString() } })
    await job.promote()
  }
  return due.map((job) => job.id!)
}

/** The final state of each of these timer jobs, counted (completed, failed, missing…). */
export async function timerOutcomes(timers: Queue, jobIds: string[]): Promise<Record<string, number>> {
  const outcomes: Record<string, number> = {}
  for (const id of jobIds) {
    const job = await timers.getJob(id)
    const state = job ? await job.getState() : 'missing'
    outcomes[state] = (outcomes[state] ?? 0) + 1
  }
  return outcomes
}
