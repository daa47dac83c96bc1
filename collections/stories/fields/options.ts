import type { Labels } from '../../shared/fields/options'
import type { ConsentScope } from '../../../src/validation/consent'

/** Job roles of the people trained (domain §4, Participant.jobRole). */
export const JOB_ROLES: Labels = {
  direction: { fr: 'Direction', en: 'Management' },
  encadrement: { fr: 'Chef de service / encadrement', en: 'Team leader' },
  'travailleur-social': { fr: 'Travailleur social', en: 'Social worker' },
  accueil: { fr: 'Accueil / veille', en: 'Reception / night watch' },
  administratif: { fr: 'Administratif / communication', en: 'Administration / communication' },
  technique: { fr: 'Technique / maintenance', en: 'Technical / maintenance' },
  benevole: { fr: 'Bénévole', en: 'Volunteer' },
  personne: { fr: 'Personne accueillie', en: 'Person supported' },
  animateur: { fr: 'Animateur ERIC', en: 'ERIC facilitator' },
  autre: { fr: 'Autre', en: 'Other' },
}

export const CONSENT_SCOPE_LABELS: Record<ConsentScope, { fr: string; en: string }> = {
  website: { fr: 'Site web et API publique', en: 'Website and public API' },
  'social-networks': { fr: 'Réseaux sociaux', en: 'Social networks' },
  print: { fr: 'Imprimés', en: 'Print' },
  internal: { fr: 'Usage interne uniquement', en: 'Internal use only' },
}
