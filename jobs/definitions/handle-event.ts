import type { Job } from 'bullmq'
import type { Payload } from 'payload'
import { correlationOfJob, withCorrelation } from '../../src/lib/correlation'
import { env } from '../../src/lib/env'
import type { OutboxEventJob } from '../../src/outbox/relay'
import { handleKitEvent } from './campaign-kit'
import { advanceContactStatus } from '../shared/contact-status'
import { waitForOlderEvents } from '../shared/event-order'
import { executeFilePlan } from '../shared/file-effects'
import { fileSnapshot } from '../shared/file-mail-context'
import type { EventContext } from '../shared/event-context'
import { requestMail } from '../shared/request-mail'
import { syncSessionWithFile } from '../shared/session-sync'
import type { FileState } from '../../src/workflow'
import { handleNudgeEvent } from './worklist-nudge'


type EventHandler = (ctx: EventContext, event: OutboxEventJob) => Promise<void>

const handlers: Record<string, EventHandler> = {
  'user.created': async ({ queues }, event) => {
    await requestMail(queues, {
      kind: 'user.welcome',
      idempotencyKey: `user.welcome-${event.aggregateId}`,
      userIds: [event.aggregateId],
    })
  },
  // A person's or the system's move, and a fired timer's follow-ups: both carry an effects plan.
  'file.moved': async ({ payload, queues }, event) => {
    // The file, its session and structure: read once for all three effects.
    const snapshot = fileSnapshot(payload, event.aggregateId)
    await executeFilePlan(payload, queues, event, snapshot)
    // The structure's worklist status follows its files: a new file → engaged, a delivered session → trained.
    await advanceContactStatus(payload, event, snapshot)
    const move = event.data as { kind?: string; to?: string }
    if (move.kind !== 'billing' && move.to) await syncSessionWithFile(payload, event.aggregateId, move.to as FileState, snapshot)
  },
  'file.timer': ({ payload, queues }, event) => executeFilePlan(payload, queues, event),
  // Someone joined or left a file's list (collections/enrolments/hooks/participant-change.ts).
  'file.participants': ({ payload, queues }, event) => executeFilePlan(payload, queues, event),
  // Launch, pause or resume of a campaign's kit mailing.
  'campaign.kit': handleKitEvent,
  // The national programme changed a federation's edition (collections/programmes/hooks/follow-template.ts).
  'programme.template_followed': async ({ queues }, event) => {
    const { federationId, ...facts } = event.data as { federationId?: string } & Record<string, unknown>
    await requestMail(queues, {
      kind: 'programme.template_followed',
      idempotencyKey: `programme.template_followed-${event.eventId}`,
      roles: ['coordinators'],
      federationId,
      data: { ...facts, link: `${env().serverUrl}/admin/collections/programmes/${event.aggregateId}` },
    })
  },
  // A facilitator's 30-day worklist nudge, recorded by the daily job.
  'worklist.nudge': handleNudgeEvent,
}

export async function handleEvent(ctx: EventContext, job: Job<OutboxEventJob>, token?: string): Promise<void> {
  const handler = handlers[job.data.type]
  // An unknown type is a deploy-order problem (old worker, new web): fail loudly and let retries catch up.
  if (!handler) throw new Error(`No handler for outbox event type "${job.data.type}"`)
  await waitForOlderEvents(ctx.payload, job, ctx.queues.events, token)
  // The event's correlation id for everything it causes: its log lines, its mail requests, the events it writes.
  await withCorrelation(correlationOfJob(job.data), () => handler(ctx, job.data))
}
