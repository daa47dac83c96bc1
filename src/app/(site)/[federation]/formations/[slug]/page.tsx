import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { programmeResults } from '../../../../../qualiopi/programme-results'
import { pagePayload } from '../../../../(public)/p/_lib/payload'
import { ProgrammeView } from '../../../formations/_components/programme-view'

// The indicators follow the sessions and answers: computed at each request, like the rest of the catalogue.
export const dynamic = 'force-dynamic'

interface Props {
  params: Promise<{ federation: string; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * The federation (by its slug; its public name only) and, under it, a published programme: its own edition, or the
 * national template every federation offers. Another federation's edition is not found here.
 */
async function findUnderFederation(federationSlug: string, slug: string) {
  const payload = await pagePayload()
  const { docs: federations } = await payload.find({
    collection: 'federations',
    where: { slug: { equals: federationSlug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { name: true, slug: true, organisation: true },
  })
  const federation = federations[0]
  if (!federation) return { payload }
  // As an anonymous reader: only the published version of a published programme.
  const { docs } = await payload.find({
    collection: 'programmes',
    where: { and: [{ slug: { equals: slug } }, { or: [{ federation: { equals: federation.id } }, { federation: { exists: false } }] }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    draft: false,
  })
  return { payload, federation, programme: docs[0] }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { federation, slug } = await params
  const found = await findUnderFederation(federation, slug)
  const kind = (await searchParams).lang === 'en' ? 'Training programme:' : 'Formation :'
  return found.programme && found.federation ? { title: `${kind} ${found.programme.title} · ${found.federation.name} · essaim`, description: found.programme.summary ?? undefined } : {}
}

/** /<federation>/formations/<slug>: the programme's public page as one federation offers it (issue 20). */
export default async function FederationProgrammePage({ params, searchParams }: Props) {
  const { federation: federationSlug, slug } = await params
  const lang = (await searchParams).lang === 'en' ? 'en' : 'fr'
  const { payload, federation, programme } = await findUnderFederation(federationSlug, slug)
  if (!federation || !programme) notFound()
  const results = await programmeResults(payload, programme)
  const base = `/${encodeURIComponent(federationSlug)}/formations/${encodeURIComponent(slug)}`
  const offeredBy = federation.organisation?.name?.trim() || federation.name
  return <ProgrammeView programme={programme} results={results} lang={lang} otherHref={lang === 'fr' ? `${base}?lang=en` : base} offeredBy={offeredBy} />
}
