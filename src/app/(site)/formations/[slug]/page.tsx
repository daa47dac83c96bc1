import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { programmeResults } from '../../../../qualiopi/programme-results'
import { pagePayload } from '../../../(public)/p/_lib/payload'
import { ProgrammeView } from '../_components/programme-view'

// The indicators follow the sessions and answers: computed at each request, like the rest of the catalogue.
export const dynamic = 'force-dynamic'

interface Props {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function findPublished(slug: string) {
  const payload = await pagePayload()
  // As an anonymous reader: only the published version of a published programme.
  const { docs } = await payload.find({ collection: 'programmes', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: false, draft: false })
  return { payload, programme: docs[0] }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { programme } = await findPublished((await params).slug)
  const kind = (await searchParams).lang === 'en' ? 'Training programme:' : 'Formation :'
  return programme ? { title: `${kind} ${programme.title} · essaim`, description: programme.summary ?? undefined } : {}
}

/** /formations/<slug>: the programme's public page (Qualiopi ind. 1) with its result indicators (ind. 2). */
export default async function ProgrammePage({ params, searchParams }: Props) {
  const { slug } = await params
  const lang = (await searchParams).lang === 'en' ? 'en' : 'fr'
  const { payload, programme } = await findPublished(slug)
  if (!programme) notFound()
  const results = await programmeResults(payload, programme)
  const otherHref = `/formations/${encodeURIComponent(slug)}${lang === 'fr' ? '?lang=en' : ''}`
  return <ProgrammeView programme={programme} results={results} lang={lang} otherHref={otherHref} />
}
