/** Questionnaires: a 1–5 scale plus free text; the director's offer of a second training. */
import { describe, expect, it } from '@jest/globals'
import { PAGE_REFUSALS, REFUSAL_TEXT } from '../../../src/sessions/page-text'
import { DEFAULT_QUESTIONS, fieldName, parseAnswers, questionsFor } from '../../../src/sessions/survey-questions'
import { SURVEY_KINDS } from '../../../src/sessions/survey-kinds'

describe('survey questions', () => {
  it('exist for every kind, each with a scale and free text, in both languages', () => {
    for (const kind of SURVEY_KINDS) {
      const qs = DEFAULT_QUESTIONS[kind]
      expect(qs.some((q) => q.type === 'scale')).toBe(true)
      expect(qs.some((q) => q.type === 'text')).toBe(true)
      for (const q of qs) expect(q.label.fr && q.label.en).toBeTruthy()
    }
  })

  it('show the second-training offer to the direction only', () => {
    const keys = (direction: boolean) => questionsFor(DEFAULT_QUESTIONS.cold, direction).map((q) => q.key)
    expect(keys(true)).toContain('second-training')
    expect(keys(false)).not.toContain('second-training')
  })

  it('parse a complete answer and pick out the offer', () => {
    const form = {
      [fieldName('applied')]: '4',
      [fieldName('confidence')]: '5',
      [fieldName('example')]: '  J’aide à la déclaration en ligne. ',
      [fieldName('second-training')]: 'interested',
      'q-unknown': 'ignored',
    }
    const parsed = parseAnswers(questionsFor(DEFAULT_QUESTIONS.cold, true), form)
    expect(parsed).toEqual({
      ok: true,
      offer: 'interested',
      answers: [
        { key: 'applied', scale: 4 },
        { key: 'confidence', scale: 5 },
        { key: 'example', text: 'J’aide à la déclaration en ligne.' },
        { key: 'second-training', choice: 'interested' },
      ],
    })
  })

  it('refuse a missing required answer, a scale outside 1–5 and an unknown offer, with bilingual messages', () => {
    const parsed = parseAnswers(questionsFor(DEFAULT_QUESTIONS.cold, true), {
      [fieldName('applied')]: '6',
      [fieldName('second-training')]: 'yes please',
    })
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.problems.map((p) => p.key)).toEqual(['applied', 'confidence', 'second-training'])
    for (const p of parsed.problems) expect(p.message).toMatch(/ \/ /)
  })

  it('have a plain French and English text for every refusal a page can show', () => {
    for (const r of PAGE_REFUSALS) {
      expect(REFUSAL_TEXT[r].fr.title).toBeTruthy()
      expect(REFUSAL_TEXT[r].en.title).toBeTruthy()
    }
  })
})
