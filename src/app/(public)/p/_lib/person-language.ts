import { openPersonalLink } from '../../../../../collections/personal-links/services/open-link'
import { LINK_PURPOSES } from '../../../../sessions/link-purposes'
import { pageLang, type PageLang } from '../../../../sessions/page-text'
import { pagePayload } from './payload'

/**
 * The language of the person a personal link belongs to (the participant's, or the facilitator's account's), the
 * one their page is written in when its address asks for none: read-only, the link is only looked up. French for
 * a link that opens nothing (its refusal page is French unless asked otherwise).
 */
export async function personLanguage(sessionId: string, token: string): Promise<PageLang> {
  const payload = await pagePayload()
  const opened = await openPersonalLink(payload, { token, sessionId, purposes: LINK_PURPOSES })
  if (!opened.ok) return 'fr'
  const { participantId, userId } = opened.link
  const person = participantId
    ? await payload.findByID({ collection: 'participants', id: participantId, depth: 0, overrideAccess: true, select: { language: true }, disableErrors: true })
    : userId
      ? await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true, select: { language: true }, disableErrors: true })
      : null
  return pageLang((person as { language?: unknown } | null)?.language)
}
