import { loadSurveyForm } from '../../../../../../../collections/survey-responses/services/survey-form'
import { pageLang } from '../../../../../../sessions/page-text'
import { surveyAction } from '../../../actions'
import { PageFrame } from '../../../_components/page-frame'
import { Refused } from '../../../_components/refused'
import { SurveyFormView } from '../../../_components/survey-form-view'
import { one, otherLang, personalPath, type Query } from '../../../_lib/paths'
import { pagePayload } from '../../../_lib/payload'
import { personalPageMetadata } from '../../../_lib/titles'

export const dynamic = 'force-dynamic'

export const generateMetadata = ({ searchParams }: { searchParams: Promise<Query> }) => personalPageMetadata(searchParams, 'questionnaire')

/** The facilitator's own questionnaire, reached from their attendance page with the same link. */
export default async function FacilitatorQuestionnairePage({
  params,
  searchParams,
}: {
  params: Promise<{ sessionId: string; token: string }>
  searchParams: Promise<Query>
}) {
  const { sessionId, token } = await params
  const query = await searchParams
  const result = await loadSurveyForm(await pagePayload(), { token, sessionId })
  if (!result.ok)
    return (
      <Refused
        refusal={result.refusal}
        answered={one(query, 'done') === 'answered'}
        lang={pageLang(one(query, 'lang'))}
      />
    )
  const lang = pageLang(one(query, 'lang'), result.form.respondent.language)
  return (
    <PageFrame lang={lang} otherHref={personalPath(sessionId, token, { lang: otherLang(lang) }, 'questionnaire')}>
      <SurveyFormView
        action={surveyAction}
        form={result.form}
        lang={lang}
        token={token}
        page="questionnaire"
        error={one(query, 'error')}
        missing={one(query, 'missing')}
      />
    </PageFrame>
  )
}
