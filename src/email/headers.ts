/**
 * Headers every automatic mail of essaim carries, and the calendar attachments' MIME shape.
 * - `Auto-Submitted: auto-generated` (RFC 3834 §5): auto-responders (holiday replies…) must not answer it.
 * - `X-Auto-Response-Suppress: OOF, AutoReply`: the same request in Exchange's own (non-standard) words.
 * - Campaign mails only: `List-Unsubscribe` with the recipient's HTTPS one-click address and
 *   `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058), plus a `List-Id`. The address is written
 *   `prepared` (never folded by nodemailer): a folded List-Unsubscribe broke DKIM at one relay (compliance-notes §5.2).
 *   Convocations and other workflow mails are transactional and carry no List-Unsubscribe (a trainee must not opt
 *   out of mandatory mail).
 */
import type { CalendarPart } from './calendar'

export type HeaderValue = string | { prepared: true; value: string }

export const CAMPAIGN_LIST_ID = 'Campagnes essaim <campagnes.essaim>'

/** On every message; also the SMTP transport's defaults (src/payload.config.ts), for the mails Payload sends itself. */
export const AUTOMATIC_MAIL_HEADERS: Readonly<Record<string, string>> = {
  'Auto-Submitted': 'auto-generated',
  'X-Auto-Response-Suppress': 'OOF, AutoReply',
}

export function automaticMailHeaders(unsubscribeUrl?: string): Record<string, HeaderValue> {
  const headers: Record<string, HeaderValue> = { ...AUTOMATIC_MAIL_HEADERS }
  if (unsubscribeUrl) {
    if (!/^https?:\/\/[^\s<>]+$/.test(unsubscribeUrl))
      throw new Error(`adresse de désabonnement invalide / invalid unsubscribe address ${JSON.stringify(unsubscribeUrl)}`)
    headers['List-Unsubscribe'] = { prepared: true, value: `<${unsubscribeUrl}>` }
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click'
    headers['List-Id'] = CAMPAIGN_LIST_ID
  }
  return headers
}

/** One `text/calendar; method=…` attachment per calendar object (iMIP, RFC 6047 §2.4: the method in Content-Type). */
export function calendarAttachments(parts: readonly CalendarPart[]): { filename: string; content: string; contentType: string }[] {
  return parts.map((p) => ({ filename: p.filename, content: p.content, contentType: `text/calendar; charset=utf-8; method=${p.method}` }))
}
