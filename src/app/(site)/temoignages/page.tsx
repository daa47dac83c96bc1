import type { Metadata } from 'next'
import { publishedStories, storyDay } from './_lib/published-stories'

// A testimony appears here as soon as it is published: read at each request.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Témoignages · essaim' }

/** /temoignages: the published testimonies, newest first. */
export default async function StoriesPage() {
  const stories = await publishedStories()
  return (
    <main lang="fr" className="programme">
      <h1>Témoignages</h1>
      {stories.length === 0 ? (
        <p>Aucun témoignage publié pour le moment.</p>
      ) : (
        <ul className="stories">
          {stories.map((story) => (
            <li key={story.id}>
              <a href={`/temoignages/${encodeURIComponent(story.slug ?? String(story.id))}`}>{story.title}</a>
              {story.publishedAt && <span className="updated"> · {storyDay(story.publishedAt)}</span>}
              {story.summary && <p>{story.summary}</p>}
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}
