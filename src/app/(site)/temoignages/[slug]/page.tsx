import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JOB_ROLES } from '../../../../../collections/stories/fields/options'
import { publishedStories, storyDay } from '../_lib/published-stories'

export const dynamic = 'force-dynamic'

interface Props {
  params: Promise<{ slug: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [story] = await publishedStories({ slug: (await params).slug })
  return story ? { title: `${story.title} · essaim`, description: story.summary ?? undefined } : {}
}

/** /temoignages/<slug>: one published testimony, its quotation and the role of the person quoted. */
export default async function StoryPage({ params }: Props) {
  const [story] = await publishedStories({ slug: (await params).slug })
  if (!story) notFound()
  const role = story.quote?.jobRole ? JOB_ROLES[story.quote.jobRole]?.fr : undefined
  return (
    <main lang="fr" className="programme">
      <p className="lang-switch">
        <a href="/temoignages">Tous les témoignages</a>
      </p>
      <h1>{story.title}</h1>
      {story.publishedAt && <p className="updated">Publié le {storyDay(story.publishedAt)}</p>}
      {story.summary && <p>{story.summary}</p>}
      {story.quote?.text && (
        <figure>
          <blockquote>
            <p>{story.quote.text}</p>
          </blockquote>
          {story.quote.personName && (
            <figcaption>
              {story.quote.personName}
              {role && `, ${role}`}
            </figcaption>
          )}
        </figure>
      )}
      {story.body && <RichText data={story.body} />}
    </main>
  )
}
