import type { Job } from 'bullmq'
import type { Payload } from 'payload'
import type { OutboxEventJob } from '../src/outbox/relay'
import type { Queues } from './queues'
import type { MailRequest } from './mail-request'

export interface EventContext {
  payload: Payload
  queues: Queues
}

type EventHandler = (ctx: EventContext, event: OutboxEventJob) => Promise<void>

/** Queues a notification request; its id makes a re-run of the same event a no-op. */
export async function requestMail(queues: Queues, request: MailRequest): Promise<void> {
  await queues.notify.add(request.kind, request, { jobId: `notify-${request.idempotencyKey}` })
}

const handlers: Record<string, EventHandler> = {
  'user.created': async ({ queues }, event) => {
    await requestMail(queues, {
      kind: 'user.welcome',
      idempotencyKey: `user.welcome-${event.aggregateId}`,
      userIds: [event.aggregateId],
    })
  },
}

/** Registers the handler of an event type (the workflow and other parts plug theirs in at start-up). */
export function onEvent(type: string, handler: EventHandler): void {
  handlers[type] = handler
}

export async function handleEvent(ctx: EventContext, job: Job<OutboxEventJob>): Promise<void> {
  const handler = handlers[job.data.type]
  // An unknown type is a deploy-order problem (old worker, new web): fail loudly and let retries catch up.
  if (!handler) throw new Error(`No handler for outbox event type "${job.data.type}"`)
  await handler(ctx, job.data)
}
