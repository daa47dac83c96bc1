import type { Payload, PayloadRequest } from 'payload'
import { isLinkPurpose, refusalOf, type LinkPurpose, type LinkRefusal } from '../../../src/sessions/link-purposes'
import { hashToken, isWellFormedToken } from '../../../src/sessions/tokens'
import { relationId } from '../../shared/relation-ids'

export interface OpenedLink {
  id: string
  purpose: LinkPurpose
  sessionId: string
  participantId?: string
  userId?: string
  expiresAt: Date
}

export type LinkCheck = { ok: true; link: OpenedLink } | { ok: false; refusal: LinkRefusal }

const asDate = (value: string | null | undefined): Date | undefined => (value ? new Date(value) : undefined)

/**
 * The one gate of every personal page and action: the token must hash to a stored link for this session and
 * one of these purposes, neither expired, revoked nor (for one-shot links) spent. Looked up by hash only, so
 * a tampered token is simply unknown.
 */
export async function openPersonalLink(
  payload: Payload,
  args: { token: unknown; sessionId: string; purposes: readonly LinkPurpose[]; now?: Date; req?: PayloadRequest },
): Promise<LinkCheck> {
  if (!isWellFormedToken(args.token)) return { ok: false, refusal: 'malformed' }
  const { docs } = await payload.find({
    collection: 'personal-links',
    where: { tokenHash: { equals: hashToken(args.token) } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req: args.req,
  })
  const row = docs[0]
  if (!row || !isLinkPurpose(row.purpose)) return { ok: false, refusal: 'unknown' }
  const link: OpenedLink = {
    id: String(row.id),
    purpose: row.purpose,
    sessionId: relationId(row.session) ?? '',
    participantId: relationId(row.participant),
    userId: relationId(row.user),
    expiresAt: new Date(row.expiresAt),
  }
  const refusal = refusalOf(
    { ...link, usedAt: asDate(row.usedAt), revokedAt: asDate(row.revokedAt) },
    { sessionId: args.sessionId, purposes: args.purposes },
    args.now ?? new Date(),
  )
  return refusal ? { ok: false, refusal } : { ok: true, link }
}
