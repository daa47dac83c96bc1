import type { Payload } from 'payload'
import type { LinkPurpose } from '../../../src/sessions/link-purposes'

/**
 * A questionnaire's close (T14 at E+10 d for the hot one, domain §5): every link of the session for it stops at
 * `at`, a late-issued one too (a link issued by a late reminder lives two days past the close otherwise). The
 * personal page then refuses answers as for an expired link. Returns how many links it closed; a re-run closes none.
 */
export async function closeSurveyLinks(payload: Payload, sessionId: string, purpose: LinkPurpose, at: Date): Promise<number> {
  const { docs } = await payload.update({
    collection: 'personal-links',
    where: { and: [{ session: { equals: sessionId } }, { purpose: { equals: purpose } }, { expiresAt: { greater_than: at.toISOString() } }] },
    data: { expiresAt: at.toISOString() },
    depth: 0,
    overrideAccess: true,
  })
  return docs.length
}
