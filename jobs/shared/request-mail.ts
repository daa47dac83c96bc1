import { currentCorrelationId } from '../../src/lib/correlation'
import type { Queues } from '../plumbing/queues'
import type { MailRequest } from './mail-request'

/** The request carries the correlation id of the work that makes it (an event's job, a request), unless it has one. */
const jobOf = (request: MailRequest) => ({
  name: request.kind,
  data: { ...request, correlationId: request.correlationId ?? currentCorrelationId() },
  opts: { jobId: `notify-${request.idempotencyKey}` },
})

/** Queues a notification request; its id makes a re-run of the same event a no-op. */
export async function requestMail(queues: Queues, request: MailRequest): Promise<void> {
  const { name, data, opts } = jobOf(request)
  await queues.notify.add(name, data, opts)
}

/** Queues several requests, in order, in one round trip. */
export async function requestMails(queues: Queues, requests: readonly MailRequest[]): Promise<void> {
  if (requests.length === 1) await requestMail(queues, requests[0])
  else if (requests.length > 1) await queues.notify.addBulk(requests.map(jobOf))
}
