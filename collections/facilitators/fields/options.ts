import type { Labels } from '../../shared/fields/options'

/** The names the job goes by in the ERIC network (domain §0). */
export const FACILITATOR_TITLES: Labels = {
  'animateur-multimedia': { fr: 'Animateur multimédia', en: 'Multimedia facilitator' },
  cdn: { fr: 'Chargé de développement numérique (CDN)', en: 'Digital development officer (CDN)' },
  'mediateur-numerique': { fr: 'Médiateur numérique', en: 'Digital mediator' },
}
