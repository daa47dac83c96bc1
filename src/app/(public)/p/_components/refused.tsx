import { UI, isPageRefusal, type PageLang } from '../../../../sessions/page-text'
import { PageFrame } from './page-frame'
import { RefusalPage } from './refusal-page'

/** Right after an answer the link is spent: thank the person instead of telling them the link was used. */
export function Refused({ refusal, answered, lang }: { refusal: string; answered: boolean; lang: PageLang }) {
  if (answered && (refusal === 'used' || refusal === 'already-answered')) {
    return (
      <PageFrame lang={lang}>
        <h1 role="status">{UI.thanks[lang]}</h1>
      </PageFrame>
    )
  }
  return <RefusalPage refusal={isPageRefusal(refusal) ? refusal : 'unknown'} />
}
