import { UI, isPageRefusal, type PageLang } from '../../../../sessions/page-text'
import { PageFrame } from './page-frame'
import { RefusalPage } from './refusal-page'

/** Right after an answer the link is spent: thank the person instead of telling them the link was used. */
export function Refused({ refusal, answered, lang }: { refusal: string; answered: boolean; lang: PageLang }) {
  if (answered && (refusal === 'used' || refusal === 'already-answered')) {
    return (
      <PageFrame lang={lang}>
        {/* A live region around the heading: role=status on the <h1> itself would take its heading role away. */}
        <div role="status">
          <h1>{UI.thanks[lang]}</h1>
        </div>
      </PageFrame>
    )
  }
  return <RefusalPage refusal={isPageRefusal(refusal) ? refusal : 'unknown'} />
}
