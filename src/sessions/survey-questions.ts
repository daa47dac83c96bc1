import { bilingual } from '../validation/messages'
import type { SurveyKind } from './survey-kinds'

/**
 * A question: a 1–5 scale, free text, or the second-training offer (fixed answers, so "interested" can be
 * counted for the next campaign). `audience: 'direction'` shows a question to people in a direction role only.
 */
export const QUESTION_TYPES = ['scale', 'text', 'offer'] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

export interface Question {
  key: string
  type: QuestionType
  label: { fr: string; en: string }
  required?: boolean
  audience?: 'everyone' | 'direction'
}

export const SCALE = [1, 2, 3, 4, 5] as const
export const SCALE_LABELS = {
  fr: ['Pas du tout', 'Peu', 'Moyennement', 'Bien', 'Tout à fait'],
  en: ['Not at all', 'A little', 'Fairly', 'Well', 'Completely'],
} as const

export const OFFER_ANSWERS = ['interested', 'later', 'not-interested'] as const
export type OfferAnswer = (typeof OFFER_ANSWERS)[number]
export const OFFER_LABELS: Record<OfferAnswer, { fr: string; en: string }> = {
  interested: { fr: 'Oui, cela nous intéresse', en: 'Yes, we are interested' },
  later: { fr: 'Peut-être plus tard', en: 'Maybe later' },
  'not-interested': { fr: 'Non, merci', en: 'No, thank you' },
}

export const MAX_TEXT_LENGTH = 2000

const scale = (key: string, fr: string, en: string): Question => ({
  key,
  type: 'scale',
  label: { fr, en },
  required: true,
})
const text = (key: string, fr: string, en: string): Question => ({ key, type: 'text', label: { fr, en } })

/** The questions used until a coordinator configures a kind in the `surveys` collection. */
export const DEFAULT_QUESTIONS: Record<SurveyKind, Question[]> = {
  positioning: [
    scale('ease', 'Je me sens à l’aise avec les outils numériques.', 'I feel at ease with digital tools.'),
    scale(
      'work-use',
      'J’utilise le numérique dans mon travail avec les personnes accompagnées.',
      'I use digital tools in my work with the people we support.',
    ),
    text('expectations', 'Qu’attendez-vous de la formation ?', 'What do you expect from the training?'),
    text(
      'needs',
      'Avez-vous un besoin particulier (accessibilité, handicap, horaires) ?',
      'Do you have any particular need (accessibility, disability, hours)?',
    ),
  ],
  hot: [
    scale('overall', 'Dans l’ensemble, la formation m’a satisfait.', 'Overall, I am satisfied with the training.'),
    scale('objectives', 'Les objectifs annoncés ont été atteints.', 'The stated objectives were met.'),
    scale('facilitation', 'L’animation m’a aidé à apprendre.', 'The facilitation helped me learn.'),
    scale('useful', 'Ce que j’ai appris me servira dans mon travail.', 'What I learnt will be useful in my work.'),
    text('comments', 'Remarques, suggestions', 'Comments, suggestions'),
  ],
  cold: [
    scale(
      'applied',
      'Depuis la formation, j’utilise ce que j’y ai appris.',
      'Since the training, I use what I learnt.',
    ),
    scale(
      'confidence',
      'Je me sens plus à l’aise pour accompagner les personnes dans leurs démarches numériques.',
      'I feel more confident helping people with their digital procedures.',
    ),
    text('example', 'Un exemple de ce qui a changé ?', 'An example of what has changed?'),
    {
      key: 'second-training',
      type: 'offer',
      audience: 'direction',
      required: true,
      label: {
        fr: 'Une seconde formation, opérationnelle, peut être proposée à votre équipe. Cela vous intéresse-t-il ?',
        en: 'A second, operational training can be offered to your team. Are you interested?',
      },
    },
    text('comments', 'Remarques, suggestions', 'Comments, suggestions'),
  ],
  director: [
    scale(
      'effects',
      'J’observe des effets de la formation dans mon équipe.',
      'I see effects of the training in my team.',
    ),
    scale(
      'organisation',
      'L’organisation (dates, lieu, informations) nous a convenu.',
      'The organisation (dates, venue, information) suited us.',
    ),
    text('comments', 'Remarques, suggestions', 'Comments, suggestions'),
  ],
  facilitator: [
    scale('group', 'Le groupe s’est impliqué.', 'The group was engaged.'),
    scale(
      'conditions',
      'Les conditions matérielles (salle, équipement) étaient bonnes.',
      'The material conditions (room, equipment) were good.',
    ),
    scale('objectives', 'Le groupe a atteint les objectifs.', 'The group met the objectives.'),
    text('comments', 'Difficultés rencontrées, améliorations', 'Difficulties met, improvements'),
  ],
}

/** The questions one respondent sees: direction-only questions are left out for everyone else. */
export const questionsFor = (questions: readonly Question[], isDirection: boolean): Question[] =>
  questions.filter((q) => q.audience !== 'direction' || isDirection)

export interface Answer {
  key: string
  scale?: number
  text?: string
  choice?: OfferAnswer
}

export interface AnswerProblem {
  key: string
  message: string
}

export type ParsedAnswers =
  { ok: true; answers: Answer[]; offer?: OfferAnswer } | { ok: false; problems: AnswerProblem[] }

/** Form field name of a question: `q-<key>`. */
export const fieldName = (key: string): string => `q-${key}`

/**
 * Reads a submitted form against the questions shown. Unknown fields are ignored; a required question left
 * blank, a scale outside 1–5, an unknown offer answer or an over-long text is refused with a bilingual message.
 */
export function parseAnswers(
  questions: readonly Question[],
  form: Readonly<Record<string, string | undefined>>,
): ParsedAnswers {
  const answers: Answer[] = []
  const problems: AnswerProblem[] = []
  let offer: OfferAnswer | undefined
  for (const q of questions) {
    const raw = (form[fieldName(q.key)] ?? '').trim()
    if (raw === '') {
      if (q.required)
        problems.push({
          key: q.key,
          message: bilingual('Merci de répondre à cette question', 'please answer this question'),
        })
      continue
    }
    if (q.type === 'scale') {
      const value = Number(raw)
      if (!(SCALE as readonly number[]).includes(value)) {
        problems.push({
          key: q.key,
          message: bilingual('Choisissez une valeur de 1 à 5', 'choose a value from 1 to 5'),
        })
      } else answers.push({ key: q.key, scale: value })
    } else if (q.type === 'offer') {
      if (!(OFFER_ANSWERS as readonly string[]).includes(raw)) {
        problems.push({ key: q.key, message: bilingual('Réponse inconnue', 'unknown answer') })
      } else {
        offer = raw as OfferAnswer
        answers.push({ key: q.key, choice: offer })
      }
    } else if (raw.length > MAX_TEXT_LENGTH) {
      problems.push({
        key: q.key,
        message: bilingual(`${MAX_TEXT_LENGTH} caractères au plus`, `at most ${MAX_TEXT_LENGTH} characters`),
      })
    } else answers.push({ key: q.key, text: raw })
  }
  return problems.length ? { ok: false, problems } : { ok: true, answers, offer }
}
