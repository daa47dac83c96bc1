import type { Labels } from '../../shared/fields/options'

/** Roll-out phases (domain §5b). */
export const PHASES: Labels = {
  experimentation: { fr: 'Expérimentation', en: 'Experimentation' },
  pilot: { fr: 'Pilote', en: 'Pilot' },
  regional: { fr: 'Déploiement régional', en: 'Regional roll-out' },
  national: { fr: 'Essaimage national', en: 'National roll-out' },
}

/** The step a campaign offers, and the step a structure's worklist status is about (src/campaigns/second-step.ts). */
export const STEP_LABELS: Labels = {
  first: { fr: 'Première étape (les 3 jours)', en: 'First step (the 3 days)' },
  second: { fr: 'Seconde étape (formation opérationnelle)', en: 'Second step (operational training)' },
}
