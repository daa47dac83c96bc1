import type { Job } from 'bullmq'
import type { Payload } from 'payload'
import type { OutboxEventJob } from '../src/outbox/relay'
import { executeFilePlan } from './file-effects'
import type { Queues } from './queues'
import { requestMail } from './request-mail'

export interface EventContext {
  payload: Payload
  queues: Queues
}

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
  'file.moved': ({ payload, queues }, event) => executeFilePlan(payload, queues, event),
  'file.timer': ({ payload, queues }, event) => executeFilePlan(payload, queues, event),
}

export async function handleEvent(ctx: EventContext, job: Job<OutboxEventJob>): Promise<void> {
  const handler = handlers[job.data.type]
  // An unknown type is a deploy-order problem (old worker, new web): fail loudly and let retries catch up.
  if (!handler) throw new Error(`No handler for outbox event type "${job.data.type}"`)
  await handler(ctx, job.data)
}
