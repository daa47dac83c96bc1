/**
 * Words, facts and paragraphs shared by several templates, in both languages. A sentence used by two templates
 * lives here, once.
 */
import {
  capitalize,
  de,
  formatAmount,
  formatDate,
  formatDateRange,
  formatHours,
  formatList,
  formatSchedule,
  quote,
  totalHours,
} from './format'
import { facts, list, p } from './template'
import type { Block, Lang, MailContext } from './types'

/** The programme every session belongs to, when a context names no session title. */
export const PROGRAMME_TITLE = 'Culture & usages numériques'

const LABELS = {
  structure: { fr: 'Structure', en: 'Organisation' },
  file: { fr: 'Dossier', en: 'File' },
  opco: { fr: 'OPCO', en: 'OPCO' },
  opcoRef: { fr: 'Référence OPCO', en: 'OPCO reference' },
  training: { fr: 'Formation', en: 'Training' },
  dates: { fr: 'Dates', en: 'Dates' },
  venue: { fr: 'Lieu', en: 'Venue' },
  address: { fr: 'Adresse', en: 'Address' },
  duration: { fr: 'Durée', en: 'Duration' },
  trainers: { fr: 'Formateurs', en: 'Trainers' },
  enrolled: { fr: 'Inscrits', en: 'Enrolled' },
  requested: { fr: 'Montant demandé', en: 'Amount requested' },
  agreed: { fr: 'Montant accordé', en: 'Amount agreed' },
  remainder: { fr: 'Reste à charge', en: 'Remainder' },
  deadline: { fr: 'Date limite', en: 'Deadline' },
  invoice: { fr: 'Facture', en: 'Invoice' },
  amount: { fr: 'Montant', en: 'Amount' },
  reason: { fr: 'Motif', en: 'Reason' },
} as const satisfies Record<string, Record<Lang, string>>

export type LabelKey = keyof typeof LABELS

export function label(lang: Lang, key: LabelKey): string {
  return LABELS[key][lang]
}

/** The session's title in quotes: « Culture & usages numériques » / “Culture & usages numériques”. */
export function titleOf(lang: Lang, c: MailContext): string {
  return quote(lang, c.sessionTitle ?? PROGRAMME_TITLE)
}

/** For titles and subjects: « formation « Culture & usages numériques » » / "“Culture & usages numériques” training". */
export function trainingShort(lang: Lang, c: MailContext): string {
  return lang === 'fr' ? `formation ${titleOf(lang, c)}` : `${titleOf(lang, c)} training`
}

/** « la formation « Culture & usages numériques » » / "the “Culture & usages numériques” training". */
export function training(lang: Lang, c: MailContext): string {
  const t = titleOf(lang, c)
  return lang === 'fr' ? `la formation ${t}` : `the ${t} training`
}

/** The OPCO's name, or a generic word: « OPCO Santé » / « l'OPCO ». */
export function opcoName(lang: Lang, c: MailContext): string {
  return c.opco ?? (lang === 'fr' ? 'l’OPCO' : 'the OPCO')
}

/** The OPCO's name at the start of a sentence: « L'OPCO », "The OPCO". */
export function capOpco(lang: Lang, c: MailContext): string {
  return capitalize(opcoName(lang, c))
}

/** « d'OPCO Santé », « de l'OPCO » / "OPCO Santé", "the OPCO" (after a preposition). */
export function ofOpco(lang: Lang, c: MailContext): string {
  if (lang === 'en') return opcoName(lang, c)
  return c.opco ? de(c.opco) : 'de l’OPCO'
}

/** « le dossier ESS-2026-014 » / "file ESS-2026-014", or a generic phrase. */
export function theFile(lang: Lang, c: MailContext): string {
  if (lang === 'fr') return c.fileRef ? `le dossier ${c.fileRef}` : 'le dossier de financement'
  return c.fileRef ? `file ${c.fileRef}` : 'the funding file'
}

/** Session dates inside a sentence (« du lundi 12 au mercredi 14 octobre 2026 »), or '' when unknown. */
export function when(lang: Lang, c: MailContext): string {
  return c.sessionStart ? formatDateRange(lang, c.sessionStart, c.sessionEnd) : ''
}

/** The facts of a funding file that are known: structure, file, OPCO, training, dates. */
export function fileFacts(lang: Lang, c: MailContext): Block | undefined {
  return facts(
    [label(lang, 'structure'), c.structureName],
    [label(lang, 'file'), c.fileRef],
    [label(lang, 'opco'), c.opco],
    [label(lang, 'opcoRef'), c.opcoRef],
    [label(lang, 'training'), c.sessionTitle],
    [label(lang, 'dates'), when(lang, c)],
  )
}

/** The amounts of a funding file that are known. */
export function amountFacts(lang: Lang, c: MailContext): Block | undefined {
  return facts(
    [label(lang, 'requested'), c.requestedAmount !== undefined && formatAmount(lang, c.requestedAmount)],
    [label(lang, 'agreed'), c.agreedAmount !== undefined && formatAmount(lang, c.agreedAmount)],
    [label(lang, 'remainder'), c.remainder !== undefined && formatAmount(lang, c.remainder)],
  )
}

/** What a participant or a trainer needs to know of a session: training, venue, duration, trainers. */
export function sessionFacts(lang: Lang, c: MailContext): Block | undefined {
  return facts(
    [label(lang, 'training'), c.sessionTitle],
    [label(lang, 'structure'), c.structureName],
    [label(lang, 'venue'), c.venueName],
    [label(lang, 'address'), c.venueAddress],
    [label(lang, 'duration'), c.slots?.length ? formatHours(lang, totalHours(c.slots)) : undefined],
    [label(lang, 'trainers'), c.facilitatorNames?.length ? formatList(lang, c.facilitatorNames) : undefined],
  )
}

/** The timetable, one line per day, or the date range when the slots are unknown. */
export function schedule(lang: Lang, c: MailContext): Block | undefined {
  if (c.slots?.length) return list(formatSchedule(lang, c.slots))
  const w = when(lang, c)
  return w ? p(lang === 'fr' ? `Dates : ${w}.` : `Dates: ${w}.`) : undefined
}

/** Who to tell when a participant cannot come or needs an adjustment. */
export function contactPhrase(lang: Lang, c: MailContext): string {
  const means = [c.contactEmail, c.contactPhone].filter(Boolean).join(', ')
  if (c.contactName) return means ? `${c.contactName} (${means})` : c.contactName
  if (means) return means
  return lang === 'fr' ? 'votre responsable' : 'your manager'
}

export function impediment(lang: Lang, c: MailContext): Block {
  return lang === 'fr'
    ? p(
        `En cas d’empêchement, ou si vous avez besoin d’un aménagement (situation de handicap, accessibilité, horaires), merci de prévenir ${contactPhrase(lang, c)} dès que possible.`,
      )
    : p(
        `If you cannot attend, or if you need any adjustment (disability, accessibility, hours), please let ${contactPhrase(lang, c)} know as soon as possible.`,
      )
}

/** The four ways forward after a refusal (domain §1.3). */
export function refusalOptions(lang: Lang): Block | undefined {
  return lang === 'fr'
    ? list([
        'corriger le dossier et déposer une nouvelle demande, si le délai avant la formation le permet ;',
        'financer la formation sur fonds propres ou avec un autre financeur ;',
        'reporter la session à de nouvelles dates ;',
        'annuler la session.',
      ])
    : list([
        'correct the file and submit a new request, if there is still time before the training;',
        'fund the training from your own budget or through another funder;',
        'postpone the session to new dates;',
        'cancel the session.',
      ])
}

/** The ways forward after a partial agreement. */
export function partialOptions(lang: Lang, c: MailContext): Block | undefined {
  const rest = c.remainder !== undefined ? ` (${formatAmount(lang, c.remainder)})` : ''
  return lang === 'fr'
    ? list([
        `accepter le reste à charge${rest}, financé par la structure ou par un cofinancement ;`,
        'modifier le dossier et déposer une nouvelle demande ;',
        'reporter ou annuler la session.',
      ])
    : list([
        `accept the remainder${rest}, paid by your organisation or through co-funding;`,
        'amend the file and submit a new request;',
        'postpone or cancel the session.',
      ])
}

/** How long a questionnaire takes, and why it matters. */
export function surveyWhy(lang: Lang): string {
  return lang === 'fr'
    ? 'Cela ne prend que 5 minutes environ, et vos réponses nous aident à améliorer la formation.'
    : 'It only takes about 5 minutes, and your answers help us improve the training.'
}

/** « Le questionnaire est ouvert jusqu'au lundi 12 octobre 2026. », or nothing without a closing date. */
export function openUntil(lang: Lang, c: MailContext): string {
  if (!c.deadline) return ''
  return lang === 'fr'
    ? ` Le questionnaire est ouvert jusqu’au ${formatDate(lang, c.deadline)}.`
    : ` The questionnaire is open until ${formatDate(lang, c.deadline)}.`
}

/** The usual call-to-action labels. */
export const CTA = {
  openFile: { fr: 'Ouvrir le dossier', en: 'Open the file' },
  personalPage: { fr: 'Ma page personnelle', en: 'My personal page' },
  answer: { fr: 'Répondre au questionnaire', en: 'Answer the questionnaire' },
  decide: { fr: 'Indiquer votre décision', en: 'Record your decision' },
  attendance: { fr: 'Ouvrir la feuille d’émargement', en: 'Open the attendance sheet' },
} as const satisfies Record<string, Record<Lang, string>>

export function cta(lang: Lang, which: keyof typeof CTA, href: string): { label: string; href: string } {
  return { label: CTA[which][lang], href }
}
