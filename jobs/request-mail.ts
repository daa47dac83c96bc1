import type { Queues } from './queues'
import type { MailRequest } from './mail-request'

/** Queues a notification request; its id makes a re-run of the same event a no-op. */
export async function requestMail(queues: Queues, request: MailRequest): Promise<void> {
  await queues.notify.add(request.kind, request, { jobId: `notify-${request.idempotencyKey}` })
}
