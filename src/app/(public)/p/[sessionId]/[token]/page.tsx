import { loadFacilitatorSheet } from '../../../../../../collections/attendance/services/facilitator-sheet'
import { loadParticipantSheet } from '../../../../../../collections/attendance/services/participant-sheet'
import { openPersonalLink } from '../../../../../../collections/personal-links/services/open-link'
import { loadSurveyForm } from '../../../../../../collections/survey-responses/services/survey-form'
import { LINK_PURPOSES } from '../../../../../sessions/link-purposes'
import { pageLang } from '../../../../../sessions/page-text'
import { loadProgrammeForParticipants } from '../../../../../sessions/programme-for-participants'
import { facilitatorSheetAction, signAction, surveyAction } from '../../actions'
import { FacilitatorSheetView } from '../../_components/facilitator-sheet-view'
import { PageFrame } from '../../_components/page-frame'
import { ParticipantSheetView } from '../../_components/participant-sheet-view'
import { ProgrammeSection } from '../../_components/programme-section'
import { RefusalPage } from '../../_components/refusal-page'
import { Refused } from '../../_components/refused'
import { SurveyFormView } from '../../_components/survey-form-view'
import { one, otherLang, personalPath, type Query } from '../../_lib/paths'
import { pagePayload } from '../../_lib/payload'
import { personalPageMetadata } from '../../_lib/titles'

export const dynamic = 'force-dynamic'

export const generateMetadata = ({ searchParams }: Props) => personalPageMetadata(searchParams, 'personal')

interface Props {
  params: Promise<{ sessionId: string; token: string }>
  searchParams: Promise<Query>
}

/**
 * The page behind every personal link: what it shows depends on the link's purpose (attendance sheet,
 * questionnaire, facilitator's sheet). Everything is decided by the services; this only renders.
 */
export default async function PersonalPage({ params, searchParams }: Props) {
  const { sessionId, token } = await params
  const query = await searchParams
  const payload = await pagePayload()
  const opened = await openPersonalLink(payload, { token, sessionId, purposes: LINK_PURPOSES })
  const done = one(query, 'done')
  const error = one(query, 'error')
  if (!opened.ok)
    return <Refused refusal={opened.refusal} answered={done === 'answered'} lang={pageLang(one(query, 'lang'))} />

  const frame = (lang: 'fr' | 'en', extra: Record<string, string | undefined> = {}) =>
    personalPath(sessionId, token, { ...extra, lang: otherLang(lang) })

  if (opened.link.purpose === 'attendance') {
    const result = await loadParticipantSheet(payload, { token, sessionId })
    if (!result.ok) return <RefusalPage refusal={result.refusal} />
    const lang = pageLang(one(query, 'lang'), result.sheet.language)
    const programme = await loadProgrammeForParticipants(payload, sessionId)
    return (
      <PageFrame lang={lang} otherHref={frame(lang)}>
        <ParticipantSheetView
          action={signAction}
          sheet={result.sheet}
          lang={lang}
          token={token}
          done={done}
          error={error}
        />
        {programme && <ProgrammeSection programme={programme} lang={lang} />}
      </PageFrame>
    )
  }
  if (opened.link.purpose === 'facilitator') {
    const slot = one(query, 'slot')
    const result = await loadFacilitatorSheet(payload, {
      token,
      sessionId,
      slotIndex: slot === undefined ? undefined : Number(slot),
    })
    if (!result.ok) return <RefusalPage refusal={result.refusal} />
    const lang = pageLang(one(query, 'lang'), result.sheet.language)
    return (
      <PageFrame lang={lang} otherHref={frame(lang, { slot })}>
        <FacilitatorSheetView
          action={facilitatorSheetAction}
          sheet={result.sheet}
          lang={lang}
          token={token}
          done={done}
          error={error}
        />
      </PageFrame>
    )
  }
  const result = await loadSurveyForm(payload, { token, sessionId })
  if (!result.ok)
    return <Refused refusal={result.refusal} answered={done === 'answered'} lang={pageLang(one(query, 'lang'))} />
  const lang = pageLang(one(query, 'lang'), result.form.respondent.language)
  return (
    <PageFrame lang={lang} otherHref={frame(lang)}>
      <SurveyFormView
        action={surveyAction}
        form={result.form}
        lang={lang}
        token={token}
        page=""
        error={error}
        missing={one(query, 'missing')}
      />
    </PageFrame>
  )
}
