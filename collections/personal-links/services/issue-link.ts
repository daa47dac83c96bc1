import type { Payload, PayloadRequest } from 'payload'
import { env } from '../../../src/lib/env'
import { linkExpiry, type LinkPurpose, type SessionSpan } from '../../../src/sessions/link-purposes'
import { generateToken } from '../../../src/sessions/tokens'
import { sessionSpan } from './session-span'

export interface LinkHolder {
  /** A participant (no account) … */
  participantId?: string
  /** … or an account (facilitator, director without a participant record). */
  userId?: string
}

export interface IssuedLink {
  id: string
  /** Absolute URL of the personal page: what goes into the e-mail. */
  url: string
  token: string
  expiresAt: Date
}

/** The public page of a link: the session in the path lets the page refuse a link meant for another session. */
export const personalLinkUrl = (sessionId: string, token: string): string =>
  `${env().serverUrl.replace(/\/$/, '')}/p/${encodeURIComponent(sessionId)}/${token}`

/**
 * Creates a fresh link for one holder, one session and one purpose; only the token's hash is stored. Each mail
 * gets its own link (the token cannot be read back); older ones stay valid until they expire or are spent.
 */
export async function issuePersonalLink(
  payload: Payload,
  args: {
    sessionId: string
    purpose: LinkPurpose
    holder: LinkHolder
    now?: Date
    req?: PayloadRequest
    /** The session's D and E when the caller already has them (one look-up for a whole mailing). */
    span?: SessionSpan
  },
): Promise<IssuedLink> {
  const { sessionId, purpose, holder } = args
  if (!holder.participantId === !holder.userId)
    throw new Error('A personal link belongs to exactly one participant or one user')
  const now = args.now ?? new Date()
  const span = args.span ?? (await sessionSpan(payload, sessionId, args.req))
  if (!span) throw new Error(`Session ${sessionId} has no half-days: no personal link can be dated`)
  const { token, hash } = generateToken()
  const expiresAt = linkExpiry(purpose, span, now)
  const doc = await payload.create({
    collection: 'personal-links',
    data: {
      tokenHash: hash,
      purpose,
      session: sessionId,
      participant: holder.participantId,
      user: holder.userId,
      expiresAt: expiresAt.toISOString(),
    },
    depth: 0,
    overrideAccess: true,
    req: args.req,
  })
  return { id: String(doc.id), url: personalLinkUrl(sessionId, token), token, expiresAt }
}
