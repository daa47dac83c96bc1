import type { Job, Queue } from 'bullmq'
import type { Payload } from 'payload'
import { logDelivery } from '../../collections/notifications/delivery-log'
import { renderEmail, type MailContext } from '../../src/email'
import { CAMPAIGN_MAIL_KINDS, unsubscribeUrl } from '../../src/campaigns/unsubscribe'
import { correlationOfJob, withCorrelation } from '../../src/lib/correlation'
import { env } from '../../src/lib/env'
import { createLogger } from '../../src/lib/logger'
import { reasonGone, type BillingState, type FileState } from '../../src/workflow'
import { logEntryOf } from './deliver-mail'
import { contextFor } from '../shared/mail-context'
import { calendarFor, planCalendar } from '../shared/mail-attachments'
import { mailIdentity } from '../shared/mail-sender'
import { safeKey, type MailDelivery, type MailRequest } from '../shared/mail-request'
import type { ResolvedRecipient } from '../shared/recipient'
import { readRequestFile, resolveRecipients, type RequestFile } from '../shared/resolve-recipients'
import { welcomeLink } from '../shared/welcome-link'

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

/** A campaign mail's personal one-click unsubscribe address (the structure and the address it goes to). */
function unsubscribeOf(request: MailRequest, scope: RequestScope, recipient: ResolvedRecipient): Pick<MailDelivery, 'unsubscribeUrl'> {
  if (!CAMPAIGN_MAIL_KINDS.has(request.kind) || !scope.structureId) return {}
  const { serverUrl, payloadSecret } = env()
  return { unsubscribeUrl: unsubscribeUrl(serverUrl, payloadSecret, { structureId: scope.structureId, email: recipient.address }) }
}

/** What the log and the mail job know of one delivery before it is rendered. */
function deliveryHead(request: MailRequest, scope: RequestScope, recipient: ResolvedRecipient) {
  return {
    idempotencyKey: `${safeKey(request.idempotencyKey)}-${safeKey(recipient.key)}`,
    requestKey: request.idempotencyKey,
    kind: request.kind,
    fileId: scope.fileId,
    structureId: scope.structureId,
    to: { address: recipient.address, name: recipient.name },
    userId: recipient.userId,
    recipientRole: recipient.role,
    language: recipient.language,
    correlationId: request.correlationId,
  }
}

/**
 * A timer's mail whose reason no longer holds (the file moved on since the timer fired: an « OPCO sans réponse »
 * alert for a file approved meanwhile) is not sent: each delivery is logged as skipped, with why.
 */
async function skippedForGoneReason(payload: Payload, request: MailRequest, scope: RequestScope, recipients: ResolvedRecipient[]): Promise<boolean> {
  if (!request.whileIn || !scope.fileId) return false
  const file = await payload.findByID({ collection: 'funding-files', id: scope.fileId, depth: 0, overrideAccess: true, disableErrors: true, select: { status: true, billingStatus: true } })
  if (!file) return false
  const gone = reasonGone(request.whileIn, { status: file.status as FileState, billingStatus: (file.billingStatus ?? undefined) as BillingState | undefined })
  if (!gone) return false
  const lastError = `Non envoyé : ${gone.fr}. / Not sent: ${gone.en}.`
  log.info('notification skipped: its reason no longer holds', { kind: request.kind, key: request.idempotencyKey, reason: gone.en })
  for (const recipient of recipients) {
    await logDelivery(payload, logEntryOf(deliveryHead(request, scope, recipient)), { status: 'skipped', lastError, lastAttemptAt: new Date().toISOString() })
  }
  return true
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
export function handleNotify(payload: Payload, mailQueue: Queue, job: Job<MailRequest>): Promise<number> {
  // The request's correlation id on every line it logs (its deliveries carry it on).
  return withCorrelation(correlationOfJob(job.data), () => notify(payload, mailQueue, job))
}

async function notify(payload: Payload, mailQueue: Queue, job: Job<MailRequest>): Promise<number> {
  const request = job.data
  const target = await readRequestFile(payload, request)
  const recipients = await resolveRecipients(payload, request, target)
  const scope = scopeOf(request, target)
  if (await skippedForGoneReason(payload, request, scope, recipients)) return 0
  const calendar = await planCalendar(payload, request, scope.sessionId)
  // Sent under the federation of what the request is about: its sender, its organisation in the footer.
  const identity = await mailIdentity(payload, { ...scope, federationId: request.federationId })
  const deliveries: MailDelivery[] = []
  for (const recipient of recipients) {
    const head = deliveryHead(request, scope, recipient)
    let delivery: MailDelivery
    try {
      const welcome = request.kind === 'user.welcome' ? await freshWelcomeLink(payload, head.idempotencyKey, recipient) : undefined
      if (welcome === null) continue
      const unsubscribe = unsubscribeOf(request, scope, recipient)
      const ctx = { ...contextFor(request, recipient), ...welcome, unsubscribeLink: unsubscribe.unsubscribeUrl, organisationName: identity.organisationName, networkName: identity.networkName, networkLabel: identity.networkLabel }
      const attachment = calendar ? calendarFor(calendar, recipient.language, ctx, recipient, identity.from) : {}
      delivery = { ...head, from: identity.from, ...renderEmail(request.kind, recipient.language, ctx), ...attachment, ...unsubscribe }
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
  log.info('notification queued', { kind: request.kind, fileId: scope.fileId, deliveries: deliveries.length })
  return deliveries.length
}
