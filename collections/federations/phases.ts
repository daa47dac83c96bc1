/** Where a federation stands in the programme's roll-out (docs/domain.md §5b). */
export const FEDERATION_PHASES = ['experimentation', 'pilot', 'regional'] as const
export type FederationPhase = (typeof FEDERATION_PHASES)[number]

export const FEDERATION_PHASE_LABELS: Record<FederationPhase, { fr: string; en: string }> = {
  experimentation: { fr: 'Expérimentation', en: 'Experimentation' },
  pilot: { fr: 'Pilote', en: 'Pilot' },
  regional: { fr: 'Déploiement régional', en: 'Regional roll-out' },
}

/** The first federation: what existed before federations is put there (migration 20261206_federations). */
export const FIRST_FEDERATION = {
  name: 'FAS PACA-Corse-DOM',
  slug: 'paca-corse-dom',
  territory: 'Provence-Alpes-Côte d’Azur, Corse, DOM',
  phase: 'regional',
  networkName: 'ERIC',
  networkLabel: 'Espace Régional Internet Citoyen',
} as const
