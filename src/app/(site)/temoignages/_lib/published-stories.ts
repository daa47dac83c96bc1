import type { Story } from '../../../../payload-types'
import { pagePayload } from '../../../(public)/p/_lib/payload'

/**
 * Published testimonies as an anonymous reader gets them (overrideAccess false, no draft): the consent record is
 * team-only and never reaches these pages.
 */
export async function publishedStories(where: { slug?: string } = {}): Promise<Story[]> {
  const payload = await pagePayload()
  const { docs } = await payload.find({
    collection: 'stories',
    where: where.slug ? { slug: { equals: where.slug } } : {},
    sort: '-publishedAt',
    limit: where.slug ? 1 : 50,
    depth: 0,
    overrideAccess: false,
    draft: false,
  })
  return docs
}

export const storyDay = (iso: string | null | undefined): string | undefined =>
  iso ? new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso)) : undefined
