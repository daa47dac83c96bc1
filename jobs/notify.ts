import type { Job, Queue } from 'bullmq'
import type { Payload } from 'payload'
import { logDelivery } from '../collections/notifications/delivery-log'
import { renderEmail, type MailContext } from '../src/email'
import { createLogger } from '../src/lib/logger'
import { logEntryOf } from './deliver-mail'
import { contextFor } from './mail-context'
import { calendarFor, planCalendar } from './mail-attachments'
import { safeKey, type MailDelivery, type MailRequest } from './mail-request'
import { readRequestFile, resolveRecipients, type RequestFile, type ResolvedRecipient } from './resolve-recipients'
import { welcomeLink } from './welcome-link'

const log = createLogger('notify')

/**
 * The welcome mail's "choose your password" link. A new token invalidates the previous one, so a retried notify
 * job must not mint one for a delivery already logged (its mail carries the first): null means "already done".
 */
async function freshWelcomeLink(payload: Payload, key: string, recipient: ResolvedRecipient): Promise<Partial<MailContext> | null> {
  const { totalDocs } = await payload.count({ collection: 'notifications', where: { idempotencyKey: { equals: key } }, overrideAccess: true })
  if (totalDocs > 0) return null
  return welcomeLink(payload, recipient.address)
}

interface RequestScope {
  /** Only a file that still exists: the log row points at it. */
  fileId?: string
  structureId?: string
  sessionId?: string
}

/** Which file, structure (the log's tenant) and session a request is about. */
function scopeOf(request: MailRequest, target: RequestFile | undefined): RequestScope {
  if (!target) return { structureId: request.structureId }
  return { fileId: target.fileId, structureId: target.structureId ?? request.structureId, sessionId: target.sessionId }
}

/**
 * Resolves who receives a request, renders it in each person's language (with the session's invitation when it
 * carries one), records each delivery in the log as `queued`, then queues one delivery per person. Every step is
 * keyed (log rows by idempotency key, jobs by `mail-<key>`), so a retried or duplicated request adds nothing.
 */
export async function handleNotify(payload: Payload, mailQueue: Queue, job: Job<MailRequest>): Promise<number> {
  const request = job.data
  const target = await readRequestFile(payload, request)
  const recipients = await resolveRecipients(payload, request, target)
  const scope = scopeOf(request, target)
  const calendar = await planCalendar(payload, request, scope.sessionId)
  const deliveries: MailDelivery[] = []
  for (const recipient of recipients) {
    const head = {
      idempotencyKey: `${safeKey(request.idempotencyKey)}-${safeKey(recipient.key)}`,
      requestKey: request.idempotencyKey,
      kind: request.kind,
      fileId: scope.fileId,
      structureId: scope.structureId,
      to: { address: recipient.address, name: recipient.name },
      userId: recipient.userId,
      recipientRole: recipient.role,
      language: recipient.language,
    }
    let delivery: MailDelivery
    try {
      const welcome = request.kind === 'user.welcome' ? await freshWelcomeLink(payload, head.idempotencyKey, recipient) : undefined
      if (welcome === null) continue
      const ctx = { ...contextFor(request, recipient), ...welcome }
      const attachment = calendar ? calendarFor(calendar, recipient.language, ctx, recipient) : {}
      delivery = { ...head, ...renderEmail(request.kind, recipient.language, ctx), ...attachment }
    } catch (error) {
      // A missing or malformed fact fails the same way on every retry: log the delivery as failed right away,
      // where the file's view and the coordinators' digest show it, and go on with the others.
      const message = error instanceof Error ? error.message : String(error)
      log.error('notification not rendered', { kind: request.kind, key: head.idempotencyKey, error: message })
      await logDelivery(payload, logEntryOf(head), {
        status: 'failed',
        lastError: message.slice(0, 500),
        lastAttemptAt: new Date().toISOString(),
      })
      continue
    }
    await logDelivery(payload, logEntryOf(delivery))
    deliveries.push(delivery)
  }
  await mailQueue.addBulk(
    deliveries.map((delivery) => ({ name: delivery.kind, data: delivery, opts: { jobId: `mail-${delivery.idempotencyKey}` } })),
  )
  return deliveries.length
}
