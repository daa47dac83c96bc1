import type { Labels } from '../../shared/fields/options'

/** Roll-out phases (domain §5b). */
export const PHASES: Labels = {
  experimentation: { fr: 'Expérimentation', en: 'Experimentation' },
  pilot: { fr: 'Pilote', en: 'Pilot' },
  regional: { fr: 'Déploiement régional', en: 'Regional roll-out' },
  national: { fr: 'Essaimage national', en: 'National roll-out' },
}
