import { UnrecoverableError, type Job } from 'bullmq'
import type { Payload } from 'payload'
import { recordDelivery, updateDelivery, type DeliveryLogEntry, type DeliveryRow } from '../../collections/notifications/delivery-log'
import { correlationOfJob, withCorrelation } from '../../src/lib/correlation'
import { env } from '../../src/lib/env'
import { createLogger } from '../../src/lib/logger'
import { CORRELATION_MAIL_HEADER, validRequestId } from '../../src/lib/request-id'
import { automaticMailHeaders, calendarAttachments } from '../../src/email/headers'
import type { MailDelivery } from '../shared/mail-request'

/** What the delivery log records of a delivery before the first attempt (notify writes it, this job re-checks). */
export function logEntryOf(delivery: Omit<MailDelivery, 'subject' | 'html' | 'text'> & { subject?: string }): DeliveryLogEntry {
  return {
    idempotencyKey: delivery.idempotencyKey,
    requestKey: delivery.requestKey,
    kind: delivery.kind,
    recipientEmail: delivery.to.address,
    recipientUser: delivery.userId,
    recipientRole: delivery.recipientRole,
    language: delivery.language,
    subject: delivery.subject,
    fileId: delivery.fileId,
    structureId: delivery.structureId,
    correlationId: delivery.correlationId,
    calendar: delivery.calendar && delivery.calendarParts?.length ? delivery.calendar : undefined,
  }
}

/**
 * A refusal by the relay or the recipient's server (5xx: unknown mailbox, message rejected) will be refused again:
 * retrying it for a quarter of an hour only delays the failure report. A bad login (535) is the operator's to fix,
 * so it keeps retrying like a network error.
 */
function isPermanent(error: unknown): boolean {
  const { responseCode, code } = error as { responseCode?: unknown; code?: unknown }
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600 && code !== 'EAUTH'
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 500)

/** A Message-ID derived from the idempotency key (its '@' of recipient addresses would make the id invalid). */
function messageIdOf(key: string): string {
  const domain = env().mailFrom.address.split('@')[1] ?? 'essaim'
  return `<${key.replace(/@/g, '=')}@${domain}>`
}

const log = createLogger('mail')

/** The move (or timer firing) the message comes from, for whoever follows it from the click to the mailbox. */
function correlationHeader(delivery: MailDelivery): Record<string, string> {
  const id = validRequestId(delivery.correlationId)
  return id ? { [CORRELATION_MAIL_HEADER]: id } : {}
}

/** Tries to record a sent message this many times, waiting 1 s, 2 s, 4 s… between tries. */
const MARK_TRIES = 5

/**
 * Records the message as sent. The SMTP server has accepted it: whatever happens now, this job must not send it
 * again. So a database that refuses the write (another process holding SQLite's write lock past its wait) is tried
 * again here rather than through a job retry, and if it still refuses, the job ends without a retry: the row keeps
 * its earlier status, and the error says the message went out.
 */
async function markSent(payload: Payload, id: DeliveryRow['id'], update: Parameters<typeof updateDelivery>[2]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await updateDelivery(payload, id, update)
      return
    } catch (error) {
      if (attempt >= MARK_TRIES) {
        throw new UnrecoverableError(`Message envoyé mais non enregistré comme envoyé / message sent but not recorded as sent: ${errorText(error)}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** (attempt - 1)))
    }
  }
}

/**
 * Sends one message at most once: the log row is written before sending, a `sent` row is never sent again, and
 * the Message-ID derives from the idempotency key so that even the one unavoidable window (SMTP accepted, then
 * the process died before marking) shows the receiver the same message twice, which mail systems fold.
 * The last attempt, or a permanent refusal, leaves the row `failed` with its error (the daily digest reads it).
 */
export function deliverMail(payload: Payload, job: Job<MailDelivery>): Promise<'sent' | 'already-sent'> {
  // The request's correlation id on every line this delivery logs.
  return withCorrelation(correlationOfJob(job.data), () => deliverOnce(payload, job))
}

async function deliverOnce(payload: Payload, job: Job<MailDelivery>): Promise<'sent' | 'already-sent'> {
  const delivery = job.data
  const row = await recordDelivery(payload, logEntryOf(delivery))
  if (row.status === 'sent') return 'already-sent'
  const attempts = row.attempts + 1
  const lastAttemptAt = new Date().toISOString()
  let info: { messageId?: string } | undefined
  try {
    info = (await payload.sendEmail({
      to: delivery.to.name ? { name: delivery.to.name, address: delivery.to.address } : delivery.to.address,
      ...(delivery.from ? { from: { name: delivery.from.name, address: delivery.from.address } } : {}),
      subject: delivery.subject,
      html: delivery.html,
      text: delivery.text,
      messageId: messageIdOf(delivery.idempotencyKey),
      headers: { ...automaticMailHeaders(delivery.unsubscribeUrl), ...correlationHeader(delivery) },
      ...(delivery.calendarParts?.length ? { attachments: calendarAttachments(delivery.calendarParts) } : {}),
    })) as { messageId?: string } | undefined
  } catch (error) {
    const permanent = isPermanent(error)
    const isLastAttempt = permanent || job.attemptsMade + 1 >= (job.opts.attempts ?? 1)
    await updateDelivery(payload, row.id, { status: isLastAttempt ? 'failed' : 'queued', attempts, lastAttemptAt, lastError: errorText(error) })
    if (permanent) throw new UnrecoverableError(errorText(error))
    throw error
  }
  await markSent(payload, row.id, { status: 'sent', attempts, lastAttemptAt, sentAt: lastAttemptAt, messageId: info?.messageId, lastError: null })
  log.info('mail sent', { kind: delivery.kind, fileId: delivery.fileId, attempts })
  return 'sent'
}
