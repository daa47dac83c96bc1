import type { Labels } from '../../shared/fields/options'

/** Module kinds (domain §4); "why" is the digital-culture lesson that must never be cut. */
export const MODULE_KINDS: Labels = {
  why: { fr: 'Pourquoi : culture numérique', en: 'Why: digital culture' },
  usages: { fr: 'Usages', en: 'Uses' },
  outils: { fr: 'Outils', en: 'Tools' },
  projet: { fr: 'Projet', en: 'Project' },
}
