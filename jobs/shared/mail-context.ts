import { reviveContext, type MailContext } from '../../src/email'
import { env } from '../../src/lib/env'
import type { MailRequest } from './mail-request'
import type { ResolvedRecipient } from './recipient'

/** One person's context for a request: the request's facts and what is personal (name, role, link). */
export function contextFor(
  request: Pick<MailRequest, 'kind' | 'data'>,
  recipient: Pick<ResolvedRecipient, 'name' | 'role' | 'address' | 'link' | 'linkOpenUntil'>,
): MailContext {
  const base = reviveContext(request.data ?? {})
  return {
    ...base,
    // A questionnaire is open until its link expires (what its page enforces), never the file's filing deadline.
    ...(request.kind.startsWith('survey.') ? { deadline: recipient.linkOpenUntil ? new Date(recipient.linkOpenUntil) : undefined } : {}),
    recipientName: recipient.name ?? base.recipientName,
    recipientRole: recipient.role ?? base.recipientRole,
    loginEmail: request.kind === 'user.welcome' ? recipient.address : base.loginEmail,
    // A participant's personal page beats the admin link they could not open.
    link: recipient.link ?? base.link ?? `${env().serverUrl}/admin`,
  }
}
