/** The personal pages render plain, labelled HTML forms in the person's language (no client script needed). */
import { describe, expect, it } from '@jest/globals'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { ParticipantSheet } from '../../../collections/attendance/services/participant-sheet'
import type { FacilitatorSheet } from '../../../collections/attendance/services/facilitator-sheet'
import type { SurveyForm } from '../../../collections/survey-responses/services/survey-form'
import { FacilitatorSheetView } from '../../../src/app/(public)/p/_components/facilitator-sheet-view'
import { ParticipantSheetView } from '../../../src/app/(public)/p/_components/participant-sheet-view'
import { RefusalPage } from '../../../src/app/(public)/p/_components/refusal-page'
import { SurveyFormView } from '../../../src/app/(public)/p/_components/survey-form-view'
import { personalPath } from '../../../src/app/(public)/p/_lib/paths'
import { DEFAULT_QUESTIONS, questionsFor } from '../../../src/sessions/survey-questions'

const action = async () => {}
const slot = (day: number, am: boolean) => ({
  start: new Date(`2030-10-${14 + day}T${am ? '07:00' : '11:30'}:00.000Z`),
  end: new Date(`2030-10-${14 + day}T${am ? '10:30' : '15:00'}:00.000Z`),
  period: am ? ('am' as const) : ('pm' as const),
})
const TOKEN = 'a'.repeat(43)

describe('participant page', () => {
  const sheet: ParticipantSheet = {
    sessionId: 's1',
    sessionTitle: 'Culture & usages numériques',
    venueName: 'ERIC du Panier',
    participantName: 'Ana',
    language: 'fr',
    currentIndex: 1,
    halfDays: [
      { index: 0, ...slot(0, true), state: 'unsigned', closed: false, signable: true },
      { index: 1, ...slot(0, false), state: 'unsigned', closed: false, signable: true },
      { index: 2, ...slot(1, true), state: 'signed', signedAt: slot(1, true).start, closed: true, signable: false },
    ],
  }

  it('offers one sign button per half-day open now, each in its own form, and lists every half-day', () => {
    const html = renderToStaticMarkup(
      createElement(ParticipantSheetView, { action, sheet, lang: 'fr', token: TOKEN, done: 'signed' }),
    )
    expect(html.match(/<form/g)).toHaveLength(2)
    expect(html.match(/Je signe ma présence/g)).toHaveLength(2)
    expect(html).toContain('name="slotIndex" value="1"')
    expect(html).toContain('role="status"')
    expect(html).toContain('Signé (feuille close)')
  })

  it('speaks English to an English speaker', () => {
    const html = renderToStaticMarkup(createElement(ParticipantSheetView, { action, sheet, lang: 'en', token: TOKEN }))
    expect(html).toContain('I sign my attendance')
    expect(html).toContain('Venue: ERIC du Panier')
  })
})

describe('facilitator page', () => {
  it('labels each absence checkbox with the person’s name and offers both actions while the half-day is open', () => {
    const sheet: FacilitatorSheet = {
      sessionId: 's1',
      sessionTitle: 'Culture & usages numériques',
      facilitatorName: 'Karim',
      language: 'fr',
      halfDays: [{ index: 0, ...slot(0, true), started: true }],
      slotIndex: 0,
      lines: [
        { participantId: 'p1', name: 'Ana', state: 'signed' },
        { participantId: 'p2', name: 'Bob', state: 'unsigned' },
      ],
      open: true,
    }
    const html = renderToStaticMarkup(createElement(FacilitatorSheetView, { action, sheet, lang: 'fr', token: TOKEN }))
    expect(html).toMatch(/<label><input type="checkbox" name="absent" value="p2"\/> Bob/)
    expect(html).not.toContain('value="p1"')
    expect(html).toContain('value="countersign"')
    expect(html).toContain('value="absences"')
  })
})

describe('survey page', () => {
  it('groups each scale in a fieldset with its legend and labels each text area', () => {
    const form: SurveyForm = {
      sessionId: 's1',
      sessionTitle: 'Culture & usages numériques',
      kind: 'cold',
      respondent: { participantId: 'p1', name: 'Cléo', language: 'fr', isDirection: true },
      questions: questionsFor(DEFAULT_QUESTIONS.cold, true),
    }
    const html = renderToStaticMarkup(
      createElement(SurveyFormView, { action, form, lang: 'fr', token: TOKEN, page: '', missing: 'applied' }),
    )
    expect(html.match(/<fieldset/g)).toHaveLength(3) // two scales and the offer
    expect(html).toContain('<label for="q-example">')
    expect(html).toContain('id="q-example"')
    expect(html).toContain('Oui, cela nous intéresse')
    expect(html).toContain('aria-invalid="true"')
    expect(html.match(/<input type="radio" required="" name="q-applied" value="\d"\/>/g)).toHaveLength(5)
  })
})

describe('refusals and addresses', () => {
  it('say what happened in French and in English', () => {
    const html = renderToStaticMarkup(createElement(RefusalPage, { refusal: 'expired' }))
    expect(html).toContain('<section lang="fr"><h1>Ce lien a expiré</h1>')
    expect(html).toContain('<section lang="en"><h2>This link has expired</h2>')
  })
  it('keep the outcome in the query of the page’s own path', () => {
    expect(personalPath('s 1', TOKEN, { lang: 'en', done: 'signed', error: undefined })).toBe(
      `/p/s%201/${TOKEN}?lang=en&done=signed`,
    )
    expect(personalPath('s1', TOKEN, {}, 'questionnaire')).toBe(`/p/s1/${TOKEN}/questionnaire`)
  })
})
