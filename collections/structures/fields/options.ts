import type { Labels } from '../../shared/fields/options'

/** Kinds of member structures (domain §4). */
export const STRUCTURE_TYPES: Labels = {
  chrs: { fr: 'CHRS', en: 'CHRS (shelter and social reintegration)' },
  cada: { fr: 'CADA', en: 'CADA (asylum seekers)' },
  huda: { fr: 'HUDA', en: 'HUDA (emergency housing for asylum seekers)' },
  cph: { fr: 'CPH', en: 'CPH (temporary housing for refugees)' },
  chu: { fr: 'CHU / hébergement d’urgence', en: 'CHU / emergency shelter' },
  'accueil-de-jour': { fr: 'Accueil de jour', en: 'Day centre' },
  siao: { fr: 'SIAO', en: 'SIAO (integrated reception service)' },
  'pension-de-famille': { fr: 'Pension de famille / maison relais', en: 'Family boarding house' },
  'residence-sociale': { fr: 'Résidence sociale', en: 'Social residence' },
  aci: { fr: 'ACI (atelier et chantier d’insertion)', en: 'ACI (integration workshop)' },
  ei: { fr: 'EI (entreprise d’insertion)', en: 'EI (integration enterprise)' },
  autre: { fr: 'Autre', en: 'Other' },
}

/** OPCO funding on mutualised funds targets employers under 50 employees (domain §1.1). */
export const HEADCOUNT_BANDS: Labels = {
  'under-11': { fr: 'Moins de 11 salariés', en: 'Fewer than 11 employees' },
  '11-49': { fr: '11 à 49 salariés', en: '11 to 49 employees' },
  '50-plus': { fr: '50 salariés ou plus', en: '50 employees or more' },
}

/** The facilitator's worklist during the regional roll-out (domain §5b). */
export const CONTACT_STATUSES: Labels = {
  'to-approach': { fr: 'À contacter', en: 'To approach' },
  presented: { fr: 'Présentation faite', en: 'Presented' },
  engaged: { fr: 'Engagée', en: 'Engaged' },
  trained: { fr: 'Formée', en: 'Trained' },
}
