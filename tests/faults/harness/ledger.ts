import type { Queue } from 'bullmq'
import type { Payload } from 'payload'
import type { FlakySmtp } from './flaky-smtp'

/** What went in and what came out of the pipeline for a set of files: the figures a scenario prints and checks. */
export interface Figures {
  files: number
  events: number
  eventsPublished: number
  eventsPending: number
  /** Event jobs that completed (each event's job, `evt-<id>`). */
  eventsApplied: number
  eventsNotApplied: string[]
  /** Files whose timeline (audit entries) differs from the order the moves committed in. */
  timelineMismatches: string[]
  /** Files whose event jobs finished out of commit order. */
  orderViolations: string[]
  deliveries: number
  deliveriesSent: number
  deliveriesNotSent: number
  /** Why: the status, attempts and last error of each delivery not sent. */
  notSent: string[]
  mailsReceived: number
  /** Copies received beyond the first, same Message-ID: a worker killed after the SMTP 250, before the sent mark. */
  mailDuplicates: number
  /** Sent deliveries whose Message-ID never reached the SMTP server. */
  mailsLost: number
}

const all = { pagination: false, overrideAccess: true, depth: 0 } as const

/** Counts, from the database, Redis and the SMTP server, what the moves of `files` produced. */
export async function countFigures(
  payload: Payload,
  events: Queue,
  smtp: FlakySmtp,
  files: { id: string; states: string[] }[],
): Promise<Figures> {
  const ids = files.map((f) => f.id)
  const outbox = (await payload.find({ collection: 'outbox-events', where: { aggregateId: { in: ids } }, sort: 'occurredAt', ...all })).docs
  const jobs = new Map<string, { state: string; finishedOn?: number }>()
  for (const e of outbox) {
    const job = await events.getJob(`evt-${e.eventId}`)
    jobs.set(e.eventId, { state: job ? await job.getState() : 'missing', finishedOn: job?.finishedOn })
  }
  const audit = (await payload.find({ collection: 'audit-events', where: { file: { in: ids } }, sort: 'at', ...all })).docs
  const timelineMismatches: string[] = []
  const orderViolations: string[] = []
  for (const file of files) {
    const timeline = audit.filter((a) => String(a.file) === file.id).map((a) => a.to)
    if (JSON.stringify(timeline) !== JSON.stringify(file.states)) timelineMismatches.push(`${file.id}: ${timeline.join('>')} ≠ ${file.states.join('>')}`)
    const finished = outbox.filter((e) => e.aggregateId === file.id).map((e) => jobs.get(e.eventId)?.finishedOn ?? 0)
    if (finished.some((t, i) => i > 0 && t < finished[i - 1])) orderViolations.push(file.id)
  }
  const deliveries = (await payload.find({ collection: 'notifications', where: { file: { in: ids } }, ...all })).docs
  const sent = deliveries.filter((d) => d.status === 'sent')
  return {
    files: files.length,
    events: outbox.length,
    eventsPublished: outbox.filter((e) => e.status === 'published').length,
    eventsPending: outbox.filter((e) => e.status === 'pending').length,
    eventsApplied: [...jobs.values()].filter((j) => j.state === 'completed').length,
    eventsNotApplied: [...jobs.entries()].filter(([, j]) => j.state !== 'completed').map(([id, j]) => `${id}:${j.state}`),
    timelineMismatches,
    orderViolations,
    deliveries: deliveries.length,
    deliveriesSent: sent.length,
    deliveriesNotSent: deliveries.length - sent.length,
    notSent: deliveries.filter((d) => d.status !== 'sent').map((d) => `${d.status}/${d.attempts}: ${d.lastError ?? ''}`),
    mailsReceived: smtp.received.size,
    mailDuplicates: smtp.duplicates(),
    mailsLost: sent.filter((d) => !d.messageId || !smtp.received.has(d.messageId)).length,
  }
}

/** The one JSON line of figures a scenario prints (collected by docs/reliability.md). */
export function printFigures(scenario: string, figures: object): void {
  process.stdout.write(`${JSON.stringify({ scenario, ...figures, at: new Date().toISOString() })}\n`)
}
