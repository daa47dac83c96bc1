import { REFUSAL_TEXT, type PageRefusal } from '../../../../sessions/page-text'

/**
 * A plain page saying why a link does nothing, in French then English: whoever holds the link may read either,
 * and we do not know their language without a valid link.
 */
export function RefusalPage({ refusal }: { refusal: PageRefusal }) {
  const text = REFUSAL_TEXT[refusal]
  return (
    <main>
      <section lang="fr">
        <h1>{text.fr.title}</h1>
        <p>{text.fr.body}</p>
      </section>
      <hr />
      <section lang="en">
        <h2>{text.en.title}</h2>
        <p>{text.en.body}</p>
      </section>
    </main>
  )
}
