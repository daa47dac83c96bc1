import { PHASES } from '../../../collections/campaigns/fields/options'
import { JOB_ROLE_LABELS } from '../../sessions/job-roles'
import { OPCOS } from '../../validation/idcc'
import { REGIONS } from '../../validation/departements'
import { FILE_STATE_LABELS } from '../../workflow/states'

export type Lang = 'fr' | 'en'
type Bilingual = { fr: string; en: string }

/** The words of the dashboard, French first. */
export const TEXT = {
  fr: {
    title: 'Tableau de bord des campagnes',
    intro: 'Chaque chiffre ouvre la liste qu’il compte.',
    staffOnly: 'Ce tableau de bord est réservé à la coordination et aux administrateurs de la fédération.',
    campaign: 'Campagne',
    region: 'Région',
    from: 'Sessions du',
    to: 'au',
    all: 'Toutes',
    apply: 'Filtrer',
    reset: 'Réinitialiser',
    structures: 'structures dans le périmètre',
    files: 'dossiers de financement',
    sessions: 'sessions',
    byState: 'Dossiers par état',
    byOpco: 'Dossiers par OPCO',
    byMonth: 'Sessions par mois (début)',
    targets: 'Structures touchées / objectif, par phase',
    target: 'objectif',
    reached: 'touchées',
    trained: 'formées',
    members: 'rattachées',
    roles: 'Participants par métier',
    secondStep: 'De la première à la seconde étape',
    secondStepKeys: {
      interested: 'Direction intéressée (questionnaire à froid)',
      leads: 'Pistes de la campagne seconde étape',
      filed: 'Pistes ayant déposé un dossier',
    },
    satisfaction: 'Satisfaction moyenne (sur 5)',
    hot: 'À chaud',
    cold: 'À froid',
    respondents: 'répondants',
    satisfied: 'satisfaits (4 ou 5)',
    distribution: 'Répartition des notes de 1 à 5',
    overdue: 'date limite dépassée',
    dueOn: 'date limite le',
    atRisk: 'Dossiers à risque',
    risks: {
      deadlineNear: 'Date limite de dépôt dépassée ou dans moins de 14 jours',
      opcoSilent: 'OPCO sans réponse depuis 21 jours',
      unsignedSheets: 'Feuilles d’émargement non signées ou non contresignées',
    },
    none: 'Aucune donnée pour ces filtres.',
    noRisk: 'Aucun dossier à risque.',
    noOpco: 'Non renseigné',
  },
  en: {
    title: 'Campaign dashboard',
    intro: 'Every number opens the list it counts.',
    staffOnly: 'This dashboard is for coordinators and federation administrators.',
    campaign: 'Campaign',
    region: 'Region',
    from: 'Sessions from',
    to: 'to',
    all: 'All',
    apply: 'Filter',
    reset: 'Reset',
    structures: 'structures in scope',
    files: 'funding files',
    sessions: 'sessions',
    byState: 'Funding files by state',
    byOpco: 'Funding files by OPCO',
    byMonth: 'Sessions per month (start)',
    targets: 'Structures reached / target, per phase',
    target: 'target',
    reached: 'reached',
    trained: 'trained',
    members: 'members',
    roles: 'Participants by job role',
    secondStep: 'From the first step to the second',
    secondStepKeys: {
      interested: 'Director interested (cold survey)',
      leads: 'Leads of the second-step campaign',
      filed: 'Leads that filed a request',
    },
    satisfaction: 'Average satisfaction (out of 5)',
    hot: 'Hot',
    cold: 'Cold',
    respondents: 'respondents',
    satisfied: 'satisfied (4 or 5)',
    distribution: 'Scores from 1 to 5',
    overdue: 'deadline passed',
    dueOn: 'deadline',
    atRisk: 'Files at risk',
    risks: {
      deadlineNear: 'Filing deadline passed or within 14 days',
      opcoSilent: 'OPCO silent for 21 days',
      unsignedSheets: 'Attendance sheets not signed or countersigned',
    },
    none: 'No data for these filters.',
    noRisk: 'No file at risk.',
    noOpco: 'Not set',
  },
} as const

const pick = (labels: Record<string, Bilingual>, key: string, lang: Lang, fallback = key): string => labels[key]?.[lang] ?? fallback

export const stateLabel = (key: string, lang: Lang) => pick(FILE_STATE_LABELS, key, lang)
export const opcoLabel = (key: string, lang: Lang) => (key === 'none' ? TEXT[lang].noOpco : pick(OPCOS, key, lang))
export const roleLabel = (key: string, lang: Lang) => pick(JOB_ROLE_LABELS, key, lang)
export const phaseLabel = (key: string, lang: Lang) => pick(PHASES, key, lang)
export const regionLabel = (key: string) => (REGIONS as Record<string, string>)[key] ?? key

/** A figure in the reader's language: « 4,5 » / "4.5". */
export const number = (value: number, lang: Lang, digits = 0) =>
  new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)

/** "2027-01" → "janv. 2027" / "Jan 2027". */
export function monthLabel(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number)
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1))
}

/** « 08/02/2027 » in both languages (day first, as everywhere in the admin), in the Paris time zone. */
export function dayLabel(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(iso))
}

/**
 * What a file at risk of missing its filing deadline is told: « date limite dépassée (01/02/2027) » once the day has
 * passed, « date limite le 20/02/2027 » before. The risk counts both, the person must not read the second for the first.
 */
export function deadlineNote(deadline: string | null | undefined, now: Date, lang: Lang): string | undefined {
  if (!deadline) return undefined
  const t = TEXT[lang]
  return new Date(deadline).getTime() < now.getTime() ? `${t.overdue} (${dayLabel(deadline)})` : `${t.dueOn} ${dayLabel(deadline)}`
}
