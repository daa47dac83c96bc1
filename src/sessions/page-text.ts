/**
 * The words of the personal pages, French and English. Refusals are plain sentences saying what happened and
 * what to do; they never tell a stranger whether a link exists for someone else.
 */
export type PageLang = 'fr' | 'en'

export const pageLang = (value: unknown, fallback: PageLang = 'fr'): PageLang =>
  value === 'en' || value === 'fr' ? value : fallback

export const PAGE_REFUSALS = [
  'malformed',
  'unknown',
  'wrong-session',
  'wrong-purpose',
  'expired',
  'revoked',
  'used',
  'not-enrolled',
  'not-facilitator',
  'no-such-half-day',
  'not-open',
  'sheet-closed',
  'incomplete',
  'already-answered',
  'invalid',
] as const
export type PageRefusal = (typeof PAGE_REFUSALS)[number]

type Text = Record<PageLang, string>

const INVALID_LINK: Record<PageLang, { title: string; body: string }> = {
  fr: {
    title: 'Ce lien n’est pas valide',
    body: 'Vérifiez que vous avez copié le lien en entier depuis votre e-mail, ou demandez un nouveau lien à votre structure ou à l’animateur.',
  },
  en: {
    title: 'This link is not valid',
    body: 'Check that you copied the whole link from your e-mail, or ask your organisation or the facilitator for a new link.',
  },
}

/** Title and explanation shown for each refusal. Unknown, tampered and misdirected links read the same. */
export const REFUSAL_TEXT: Record<PageRefusal, Record<PageLang, { title: string; body: string }>> = {
  malformed: INVALID_LINK,
  unknown: INVALID_LINK,
  'wrong-session': INVALID_LINK,
  'wrong-purpose': INVALID_LINK,
  expired: {
    fr: {
      title: 'Ce lien a expiré',
      body: 'La période pendant laquelle ce lien était utilisable est terminée. Si vous pensez que c’est une erreur, contactez votre structure.',
    },
    en: {
      title: 'This link has expired',
      body: 'The period during which this link could be used is over. If you think this is a mistake, contact your organisation.',
    },
  },
  revoked: {
    fr: {
      title: 'Ce lien a été désactivé',
      body: 'Un nouveau lien vous a peut-être été envoyé. Sinon, contactez votre structure.',
    },
    en: {
      title: 'This link has been disabled',
      body: 'A new link may have been sent to you. Otherwise, contact your organisation.',
    },
  },
  used: {
    fr: {
      title: 'Ce lien a déjà servi',
      body: 'Votre réponse a bien été enregistrée ; ce lien ne peut pas être utilisé une seconde fois.',
    },
    en: {
      title: 'This link has already been used',
      body: 'Your answer was recorded; this link cannot be used a second time.',
    },
  },
  'not-enrolled': {
    fr: { title: 'Vous n’êtes plus inscrit à cette session', body: 'Si c’est une erreur, contactez votre structure.' },
    en: {
      title: 'You are no longer enrolled in this session',
      body: 'If this is a mistake, contact your organisation.',
    },
  },
  'not-facilitator': {
    fr: {
      title: 'Vous n’animez pas cette session',
      body: 'Ce lien n’est valable que pour les animateurs de la session. Contactez la coordination.',
    },
    en: {
      title: 'You are not facilitating this session',
      body: 'This link only works for the session’s facilitators. Contact the coordination team.',
    },
  },
  'no-such-half-day': {
    fr: {
      title: 'Demi-journée inconnue',
      body: 'Cette demi-journée ne fait pas partie de la session. Rechargez la page.',
    },
    en: { title: 'Unknown half-day', body: 'This half-day is not part of the session. Reload the page.' },
  },
  'not-open': {
    fr: {
      title: 'Pas encore ou plus ouvert',
      body: 'La signature d’une demi-journée est possible de 30 minutes avant son début à 2 heures après sa fin.',
    },
    en: {
      title: 'Not open now',
      body: 'A half-day can be signed from 30 minutes before it starts until 2 hours after it ends.',
    },
  },
  'sheet-closed': {
    fr: {
      title: 'Feuille déjà contresignée',
      body: 'L’animateur a clos la feuille de cette demi-journée ; elle ne peut plus être modifiée ici.',
    },
    en: {
      title: 'Sheet already countersigned',
      body: 'The facilitator has closed this half-day’s sheet; it can no longer be changed here.',
    },
  },
  incomplete: {
    fr: {
      title: 'Feuille incomplète',
      body: 'Avant de contresigner, chaque participant doit avoir signé ou être marqué absent :',
    },
    en: {
      title: 'Sheet incomplete',
      body: 'Before countersigning, every participant must have signed or be marked absent:',
    },
  },
  'already-answered': {
    fr: { title: 'Vous avez déjà répondu', body: 'Votre réponse a bien été enregistrée. Merci !' },
    en: { title: 'You have already answered', body: 'Your answer was recorded. Thank you!' },
  },
  invalid: {
    fr: { title: 'Réponse incomplète', body: 'Merci de compléter les questions signalées.' },
    en: { title: 'Incomplete answer', body: 'Please complete the questions marked.' },
  },
}

export const isPageRefusal = (value: unknown): value is PageRefusal =>
  typeof value === 'string' && (PAGE_REFUSALS as readonly string[]).includes(value)

export const UI = {
  otherLanguage: { fr: 'English', en: 'Français' },
  attendanceTitle: { fr: 'Feuille d’émargement', en: 'Attendance sheet' },
  hello: { fr: 'Bonjour', en: 'Hello' },
  venue: { fr: 'Lieu', en: 'Venue' },
  sign: { fr: 'Je signe ma présence', en: 'I sign my attendance' },
  signed: { fr: 'Signé', en: 'Signed' },
  absent: { fr: 'Absent', en: 'Absent' },
  unsigned: { fr: 'Non signé', en: 'Not signed' },
  closed: { fr: 'feuille close', en: 'sheet closed' },
  nothingToSign: {
    fr: 'Aucune demi-journée n’est ouverte à la signature en ce moment.',
    en: 'No half-day is open for signing right now.',
  },
  signedNow: { fr: 'Merci, votre présence est enregistrée.', en: 'Thank you, your attendance is recorded.' },
  alreadySigned: { fr: 'Vous aviez déjà signé cette demi-journée.', en: 'You had already signed this half-day.' },
  sheetTitle: { fr: 'Feuille de la demi-journée', en: 'Half-day sheet' },
  halfDays: { fr: 'Demi-journées', en: 'Half-days' },
  markAbsent: { fr: 'Absent', en: 'Absent' },
  saveAbsences: { fr: 'Enregistrer les absences', en: 'Save absences' },
  countersign: { fr: 'Contresigner la feuille', en: 'Countersign the sheet' },
  countersignedOn: { fr: 'Feuille contresignée le', en: 'Sheet countersigned on' },
  countersignHelp: {
    fr: 'Cochez les absents, puis contresignez : la feuille est alors close.',
    en: 'Tick those absent, then countersign: the sheet is then closed.',
  },
  notStarted: { fr: 'Cette demi-journée n’a pas commencé.', en: 'This half-day has not started.' },
  absencesSaved: { fr: 'Absences enregistrées.', en: 'Absences saved.' },
  countersigned: { fr: 'Feuille contresignée. Merci !', en: 'Sheet countersigned. Thank you!' },
  yourQuestionnaire: { fr: 'Votre questionnaire d’animateur', en: 'Your facilitator questionnaire' },
  surveyTitle: {
    positioning: { fr: 'Questionnaire de positionnement', en: 'Positioning questionnaire' },
    hot: { fr: 'Votre avis sur la formation', en: 'Your opinion on the training' },
    cold: { fr: 'Deux mois après la formation', en: 'Two months after the training' },
    director: { fr: 'Questionnaire de la direction', en: 'Director’s questionnaire' },
    facilitator: { fr: 'Questionnaire de l’animateur', en: 'Facilitator’s questionnaire' },
  },
  required: { fr: 'obligatoire', en: 'required' },
  send: { fr: 'Envoyer mes réponses', en: 'Send my answers' },
  thanks: { fr: 'Merci, vos réponses sont enregistrées.', en: 'Thank you, your answers are recorded.' },
  scaleHint: { fr: '1 = pas du tout, 5 = tout à fait', en: '1 = not at all, 5 = completely' },
  programme: { fr: 'Le programme', en: 'The programme' },
  programmeObjectives: { fr: 'À l’issue de la formation, vous saurez :', en: 'By the end of the training, you will be able to:' },
  programmeTotal: { fr: 'Durée totale', en: 'Total length' },
  rules: { fr: 'Le règlement intérieur', en: 'The house rules' },
  rulesLink: { fr: 'Lire le règlement intérieur (PDF)', en: 'Read the house rules (PDF, in French)' },
  rulesMissing: {
    fr: 'Le règlement intérieur vous sera remis le premier jour ; vous pouvez le demander à la coordination.',
    en: 'The house rules will be handed to you on the first day; you may ask the coordination for them.',
  },
} satisfies Record<string, Text | Record<string, Text>>
