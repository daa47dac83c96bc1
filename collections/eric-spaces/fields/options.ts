import type { Labels } from '../../shared/fields/options'

/** Who runs the space: most ERIC are carried by a town or an association (domain §0). */
export const CARRIER_KINDS: Labels = {
  collectivite: { fr: 'Collectivité', en: 'Local authority' },
  association: { fr: 'Association', en: 'Association' },
  autre: { fr: 'Autre', en: 'Other' },
}
