import { FEDERATION_PHASE_LABELS } from '../../../collections/federations/phases'
import type { FederationList } from '../../reports/national/types'
import type { Lang } from '../dashboard/labels'

/** The national view's own words, French first; the figures' words are the campaign dashboard's (../dashboard/labels). */
export const NATIONAL_TEXT = {
  fr: {
    title: 'Vue nationale des fédérations',
    intro: 'Les chiffres des campagnes de chaque fédération, côte à côte. Chaque chiffre ouvre la liste qu’il compte, limitée à sa fédération.',
    navLink: 'Vue nationale',
    figure: 'Chiffre',
    phase: 'Phase',
    noFederation: 'Sans fédération',
    noFederationNote: 'documents rattachés à aucune fédération',
    structuresSection: 'Structures',
    trainedOfTarget: 'Formées / objectif de la fédération',
    noTarget: 'pas d’objectif',
    reached: 'Touchées (présentées, engagées, formées)',
    members: 'Structures rattachées',
    filesSection: 'Dossiers de financement',
    allFiles: 'Tous les dossiers',
    noRespondent: 'aucun répondant',
    lists: 'Listes de la fédération',
    openLists: 'Ouvrir, filtrées sur la fédération',
    listNames: { structures: 'Structures', campaigns: 'Campagnes', sessions: 'Sessions', 'funding-files': 'Dossiers de financement' },
    none: 'Aucune fédération n’existe encore.',
    scrollHint: 'Tableau des fédérations (défilement horizontal)',
  },
  en: {
    title: 'National view of the federations',
    intro: 'Each federation’s campaign figures, side by side. Every number opens the list it counts, narrowed to its federation.',
    navLink: 'National view',
    figure: 'Figure',
    phase: 'Phase',
    noFederation: 'No federation',
    noFederationNote: 'documents that belong to no federation',
    structuresSection: 'Structures',
    trainedOfTarget: 'Trained / the federation’s target',
    noTarget: 'no target',
    reached: 'Reached (presented, engaged, trained)',
    members: 'Member structures',
    filesSection: 'Funding files',
    allFiles: 'All files',
    noRespondent: 'no respondent',
    lists: 'The federation’s lists',
    openLists: 'Open, filtered on the federation',
    listNames: { structures: 'Structures', campaigns: 'Campaigns', sessions: 'Sessions', 'funding-files': 'Funding files' },
    none: 'No federation exists yet.',
    scrollHint: 'Table of the federations (scrolls sideways)',
  },
} as const satisfies Record<Lang, { listNames: Record<FederationList, string> } & Record<string, unknown>>

export const federationPhaseLabel = (phase: keyof typeof FEDERATION_PHASE_LABELS, lang: Lang): string => FEDERATION_PHASE_LABELS[phase][lang]
