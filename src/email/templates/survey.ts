/** Questionnaires: positioning before, "hot" at the end, director's, "cold" two months later, and their reminders. */
import { formatDate } from '../format'
import { cta, openUntil, surveyWhy, theFile, titleOf, training } from '../phrases'
import { note, p, template } from '../template'
import type { Template } from '../template'
import type { Lang, MailContext, MailContent, NotificationKind } from '../types'

/** A reminder for any questionnaire: same shape for the hot and the cold survey. */
function surveyReminder(lang: Lang, c: MailContext & { link: string }, which: 'hot' | 'cold'): MailContent {
  const what =
    lang === 'fr'
      ? which === 'hot'
        ? 'au questionnaire de satisfaction'
        : 'au questionnaire de suivi'
      : which === 'hot'
        ? 'the satisfaction questionnaire'
        : 'the follow-up questionnaire'
  return lang === 'fr'
    ? {
        subject: `Rappel : votre avis sur ${training('fr', c)}`,
        blocks: [
          p(
            `Sauf erreur de notre part, vous n’avez pas encore répondu ${what} de ${training('fr', c)}.${openUntil('fr', c)}`,
          ),
          p(surveyWhy('fr')),
          note('Si vous avez répondu entre-temps, merci et ne tenez pas compte de ce message.'),
        ],
        cta: cta('fr', 'answer', c.link),
      }
    : {
        subject: `Reminder: your opinion on ${training('en', c)}`,
        blocks: [
          p(`Unless we are mistaken, you have not yet answered ${what} for ${training('en', c)}.${openUntil('en', c)}`),
          p(surveyWhy('en')),
          note('If you have answered in the meantime, thank you, and please disregard this message.'),
        ],
        cta: cta('en', 'answer', c.link),
      }
}

export const surveyTemplates = {
  'survey.positioning': template({
    required: ['sessionStart', 'link'],
    fr: (c) => ({
      subject: `Avant la formation : votre questionnaire de positionnement`,
      blocks: [
        p(
          `Afin d’adapter ${training('fr', c)} à vos besoins, nous vous invitons à remplir un court questionnaire de positionnement avant le ${formatDate('fr', c.sessionStart)}.`,
        ),
        p(
          'Il n’y a ni bonne ni mauvaise réponse : il s’agit de mieux connaître vos usages du numérique, au travail comme au quotidien, et ce que vous attendez de la formation.',
        ),
        p(surveyWhy('fr') + openUntil('fr', c)),
      ],
      cta: cta('fr', 'answer', c.link),
    }),
    en: (c) => ({
      subject: 'Before the training: your positioning questionnaire',
      blocks: [
        p(
          `So that we can adapt ${training('en', c)} to your needs, please fill in a short positioning questionnaire before ${formatDate('en', c.sessionStart)}.`,
        ),
        p(
          'There are no right or wrong answers: we simply want to know how you use digital tools, at work and in everyday life, and what you expect from the training.',
        ),
        p(surveyWhy('en') + openUntil('en', c)),
      ],
      cta: cta('en', 'answer', c.link),
    }),
  }),

  'survey.hot': template({
    required: ['link'],
    fr: (c) => ({
      subject: `Votre avis sur ${training('fr', c)}`,
      blocks: [
        p(
          `Merci d’avoir participé à ${training('fr', c)} ! Votre avis nous est précieux : pourriez-vous répondre au questionnaire de satisfaction ?`,
        ),
        p(surveyWhy('fr') + openUntil('fr', c)),
      ],
      cta: cta('fr', 'answer', c.link),
    }),
    en: (c) => ({
      subject: `Your opinion on ${training('en', c)}`,
      blocks: [
        p(
          `Thank you for taking part in ${training('en', c)}! Your opinion matters to us: could you answer the satisfaction questionnaire?`,
        ),
        p(surveyWhy('en') + openUntil('en', c)),
      ],
      cta: cta('en', 'answer', c.link),
    }),
  }),

  'survey.hot_reminder': template({
    required: ['link'],
    fr: (c) => surveyReminder('fr', c, 'hot'),
    en: (c) => surveyReminder('en', c, 'hot'),
  }),

  'survey.director': template({
    required: ['structureName', 'link'],
    fr: (c) => ({
      subject: `${c.structureName} : votre regard sur ${training('fr', c)}`,
      blocks: [
        p(
          `Vos équipes ont suivi ${training('fr', c)}${c.sessionEnd ? `, qui s’est achevée le ${formatDate('fr', c.sessionEnd)}` : ''}. En tant que direction, quel regard portez-vous sur cette formation ?`,
        ),
        p(
          'Ce court questionnaire porte sur l’organisation, les premiers effets que vous observez dans les pratiques et les suites que vous souhaiteriez donner.',
        ),
        p(surveyWhy('fr') + openUntil('fr', c)),
      ],
      cta: cta('fr', 'answer', c.link),
    }),
    en: (c) => ({
      subject: `${c.structureName}: your view of ${training('en', c)}`,
      blocks: [
        p(
          `Your staff took part in ${training('en', c)}${c.sessionEnd ? `, which ended on ${formatDate('en', c.sessionEnd)}` : ''}. As their director, how do you see this training?`,
        ),
        p(
          'This short questionnaire covers the organisation of the training, the first effects you notice in everyday practice, and what you would like to do next.',
        ),
        p(surveyWhy('en') + openUntil('en', c)),
      ],
      cta: cta('en', 'answer', c.link),
    }),
  }),

  'survey.cold': template({
    required: ['sessionEnd', 'link'],
    fr: (c) => ({
      subject: `Deux mois après ${training('fr', c)} : qu’en retenez-vous ?`,
      blocks: [
        p(
          `Il y a environ deux mois, le ${formatDate('fr', c.sessionEnd)}, vous terminiez ${training('fr', c)}. Qu’en reste-t-il aujourd’hui dans votre pratique ?`,
        ),
        p(
          'Ce questionnaire de suivi nous aide à mesurer ce que la formation a changé, pour vous et pour les personnes que vous accompagnez.',
        ),
        p(surveyWhy('fr') + openUntil('fr', c)),
      ],
      cta: cta('fr', 'answer', c.link),
    }),
    en: (c) => ({
      subject: `Two months after ${training('en', c)}: what has stayed with you?`,
      blocks: [
        p(
          `About two months ago, on ${formatDate('en', c.sessionEnd)}, you completed ${training('en', c)}. What remains of it in your daily work?`,
        ),
        p(
          'This follow-up questionnaire helps us measure what the training has changed, for you and for the people you support.',
        ),
        p(surveyWhy('en') + openUntil('en', c)),
      ],
      cta: cta('en', 'answer', c.link),
    }),
  }),

  'survey.cold_director': template({
    required: ['structureName', 'sessionEnd', 'link'],
    fr: (c) => ({
      subject: `${c.structureName} : deux mois après la formation, et ensuite ?`,
      blocks: [
        p(
          `Deux mois ont passé depuis ${training('fr', c)} suivie par vos équipes (fin de session le ${formatDate('fr', c.sessionEnd)}). Quels changements observez-vous dans les pratiques de la structure ${c.structureName} ?`,
        ),
        p(surveyWhy('fr') + openUntil('fr', c)),
        p(
          'À la fin du questionnaire, vous pourrez nous dire si une seconde formation, plus opérationnelle et construite autour des outils et des démarches de votre structure, vous intéresse. Cette réponse ne vous engage à rien : nous reprendrons contact avec vous pour en bâtir le contenu ensemble.',
        ),
      ],
      cta: cta('fr', 'answer', c.link),
    }),
    en: (c) => ({
      subject: `${c.structureName}: two months after the training, what next?`,
      blocks: [
        p(
          `Two months have passed since your staff completed ${training('en', c)} (session ended on ${formatDate('en', c.sessionEnd)}). What changes do you see in the practices of ${c.structureName}?`,
        ),
        p(surveyWhy('en') + openUntil('en', c)),
        p(
          'At the end of the questionnaire, you can tell us whether you would be interested in a second, more hands-on training built around your organisation’s own tools and procedures. This commits you to nothing: we will get back to you to design its content together.',
        ),
      ],
      cta: cta('en', 'answer', c.link),
    }),
  }),

  'survey.cold_reminder': template({
    required: ['link'],
    fr: (c) => surveyReminder('fr', c, 'cold'),
    en: (c) => surveyReminder('en', c, 'cold'),
  }),

  'survey.cold_late_alert': template({
    required: ['structureName', 'fileRef', 'link'],
    fr: (c) => ({
      subject: `Alerte : ${theFile('fr', c)} (${c.structureName}) n’a toujours pas ses preuves de réalisation`,
      blocks: [
        p(
          `Le questionnaire à froid de la session ${titleOf('fr', c)} vient de partir, alors que ${theFile('fr', c)} (${c.structureName}) est toujours au statut « réalisé » : les preuves de réalisation ne sont pas complètes.`,
        ),
        p(
          'Il manque sans doute une feuille d’émargement signée ou contresignée, ou un certificat de réalisation. Tant que ces pièces manquent, la facturation à l’OPCO ne peut pas commencer.',
        ),
      ],
      cta: cta('fr', 'openFile', c.link),
    }),
    en: (c) => ({
      subject: `Alert: ${theFile('en', c)} (${c.structureName}) still lacks its evidence of completion`,
      blocks: [
        p(
          `The follow-up questionnaire for the ${titleOf('en', c)} session has just been sent, while ${theFile('en', c)} (${c.structureName}) is still “delivered”: the evidence of completion is incomplete.`,
        ),
        p(
          'A signed or countersigned attendance sheet, or a certificate of completion, is probably missing. Until these documents are in, invoicing the OPCO cannot start.',
        ),
      ],
      cta: cta('en', 'openFile', c.link),
    }),
  }),
} satisfies Partial<Record<NotificationKind, Template>>
