import type { Job, Queue } from 'bullmq'
import type { Payload } from 'payload'
import { renderEmail, reviveContext, type MailContext } from '../src/email'
import { env } from '../src/lib/env'
import { safeKey, type MailDelivery, type MailRequest } from './mail-request'
import { resolveRecipients, type ResolvedRecipient } from './resolve-recipients'

function contextFor(request: MailRequest, recipient: ResolvedRecipient): MailContext {
  const base = reviveContext(request.data ?? {})
  return {
    ...base,
    recipientName: recipient.name ?? base.recipientName,
    loginEmail: request.kind === 'user.welcome' ? recipient.address : base.loginEmail,
    link: base.link ?? `${env().serverUrl}/admin`,
  }
}

/** Resolves who receives a request, renders it in each person's language and queues one delivery per person. */
export async function handleNotify(payload: Payload, mailQueue: Queue, job: Job<MailRequest>): Promise<number> {
  const request = job.data
  const recipients = await resolveRecipients(payload, request)
  const deliveries = recipients.map((recipient): MailDelivery => {
    const rendered = renderEmail(request.kind, recipient.language, contextFor(request, recipient))
    return {
      idempotencyKey: `${safeKey(request.idempotencyKey)}-${safeKey(recipient.key)}`,
      kind: request.kind,
      fileId: request.fileId,
      to: { address: recipient.address, name: recipient.name },
      userId: recipient.userId,
      language: recipient.language,
      ...rendered,
    }
  })
  await mailQueue.addBulk(
    deliveries.map((delivery) => ({ name: delivery.kind, data: delivery, opts: { jobId: `mail-${delivery.idempotencyKey}` } })),
  )
  return deliveries.length
}
