import { deliveriesPart } from '../deliveries'
import { reportPdfsPart } from '../documents'
import { financerAppreciationsPart } from '../financers'
import { periodResponses, responsesPart } from '../responses'
import type { IndicatorDefinition } from '../types'

/** Indicator 30: the appreciations of every audience are collected, with reminders and free text. */
export const appreciations: IndicatorDefinition = {
  number: 30,
  folder: '30-appreciations',
  title: { fr: 'Recueil des appréciations', en: 'Collecting appreciations' },
  proves: {
    fr: "Les appréciations des participants (à chaud, à froid), des directions (employeurs), des formateurs et, chaque année, des financeurs (OPCO), avec leurs commentaires libres ; les envois et relances des questionnaires ; les bilans de session qui les analysent.",
    en: 'The appreciations of participants (hot, cold), of directors (employers), of trainers and, each year, of the financers (OPCO), with their free-text comments; the questionnaires sent and the reminders; the session reports that analyse them.',
  },
  build: async (scope) => {
    const responses = await periodResponses(scope, ['hot', 'cold', 'director', 'facilitator'])
    return {
      scope: {
        fr: "les sessions dont la première demi-journée tombe dans la période ; pour les financeurs, les années qu'elle touche",
        en: 'the sessions whose first half-day falls in the period; for the financers, the years it touches',
      },
      parts: [
        await responsesPart(scope, responses, 'hot', 'reponses-a-chaud.csv', { fr: 'réponse(s) au questionnaire à chaud', en: 'hot survey answer(s)' }),
        await responsesPart(scope, responses, 'cold', 'reponses-a-froid.csv', { fr: 'réponse(s) au suivi à froid', en: 'cold follow-up answer(s)' }),
        await responsesPart(scope, responses, 'director', 'reponses-direction.csv', { fr: 'réponse(s) des directions (employeurs)', en: 'director (employer) answer(s)' }),
        await responsesPart(scope, responses, 'facilitator', 'reponses-formateurs.csv', { fr: 'réponse(s) des formateurs', en: 'trainer answer(s)' }),
        await financerAppreciationsPart(scope, 'appreciations-financeurs.csv'),
        await deliveriesPart(scope, 'envois-et-relances.csv', { fr: 'envoi(s) et relance(s) de questionnaire', en: 'survey mail(s) and reminder(s) sent' }, [
          'survey.hot',
          'survey.hot_reminder',
          'survey.director',
          'survey.cold',
          'survey.cold_director',
          'survey.cold_reminder',
        ]),
        await reportPdfsPart(scope, 'bilans-de-session', { fr: 'bilan(s) de session (PDF)', en: 'session report(s) (PDF)' }),
      ],
    }
  },
}
