import type { Job } from 'bullmq'
import type { Payload } from 'payload'
import type { MailDelivery } from './mail-request'

interface NotificationRow {
  id: string | number
  status: 'queued' | 'sent' | 'failed'
  attempts: number
}

async function findByKey(payload: Payload, key: string): Promise<NotificationRow | undefined> {
  const found = await payload.find({
    collection: 'notifications',
    where: { idempotencyKey: { equals: key } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0] as NotificationRow | undefined
}

/** The log row for this delivery, created once; a concurrent creator loses on the unique key and re-reads. */
async function logRow(payload: Payload, delivery: MailDelivery): Promise<NotificationRow> {
  const existing = await findByKey(payload, delivery.idempotencyKey)
  if (existing) return existing
  try {
    return (await payload.create({
      collection: 'notifications',
      overrideAccess: true,
      depth: 0,
      data: {
        idempotencyKey: delivery.idempotencyKey,
        kind: delivery.kind,
        recipientEmail: delivery.to.address,
        recipientUser: delivery.userId,
        fileId: delivery.fileId,
        language: delivery.language,
        subject: delivery.subject,
        status: 'queued',
        attempts: 0,
      },
    })) as NotificationRow
  } catch (error) {
    const raced = await findByKey(payload, delivery.idempotencyKey)
    if (raced) return raced
    throw error
  }
}

/**
 * Sends one message at most once: the log row is written before sending, a `sent` row is never sent again, and
 * the Message-ID derives from the idempotency key so that even the one unavoidable window (SMTP accepted, then
 * the process died before marking) shows the receiver the same message twice, which mail systems fold.
 */
export async function deliverMail(payload: Payload, job: Job<MailDelivery>): Promise<'sent' | 'already-sent'> {
  const delivery = job.data
  const row = await logRow(payload, delivery)
  if (row.status === 'sent') return 'already-sent'
  const attempts = row.attempts + 1
  const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1)
  try {
    const info = (await payload.sendEmail({
      to: delivery.to.name ? { name: delivery.to.name, address: delivery.to.address } : delivery.to.address,
      subject: delivery.subject,
      html: delivery.html,
      text: delivery.text,
      messageId: `<${delivery.idempotencyKey}@essaim>`,
      ...(delivery.icalEvent ? { icalEvent: { ...delivery.icalEvent, filename: 'invitation.ics' } } : {}),
    })) as { messageId?: string } | undefined
    await payload.update({
      collection: 'notifications',
      id: row.id,
      overrideAccess: true,
      depth: 0,
      data: { status: 'sent', attempts, sentAt: new Date().toISOString(), messageId: info?.messageId, lastError: null },
    })
    return 'sent'
  } catch (error) {
    await payload.update({
      collection: 'notifications',
      id: row.id,
      overrideAccess: true,
      depth: 0,
      data: { status: isLastAttempt ? 'failed' : 'queued', attempts, lastError: (error as Error).message },
    })
    throw error
  }
}
