import type { JobRole } from '../../sessions/job-roles'

export interface PersonSeed {
  name: string
  jobRole: JobRole
  language: 'fr' | 'en'
  testimony?: boolean
}

/**
 * The staff of CHRS Les Glycines enrolled in the demo session: the mix the "all job roles" lesson asks for
 * (domain §6: 1 direction, 1 service manager, 1 administration, 1 technical, 6 social workers). Fictional names.
 */
export const GLYCINES_STAFF: PersonSeed[] = [
  { name: 'Hélène Ferrand', jobRole: 'direction', language: 'fr' },
  { name: 'Marc Olivieri', jobRole: 'service-manager', language: 'fr' },
  { name: 'Nora Kaci', jobRole: 'administration', language: 'fr', testimony: true },
  { name: 'Yves Parodi', jobRole: 'technical', language: 'fr' },
  { name: 'Awa Diallo', jobRole: 'social-worker', language: 'fr', testimony: true },
  { name: 'Lucas Girard', jobRole: 'social-worker', language: 'fr' },
  { name: 'Inès Mansouri', jobRole: 'social-worker', language: 'fr' },
  { name: 'Thomas Reynaud', jobRole: 'social-worker', language: 'fr' },
  { name: 'Sarah Cohen', jobRole: 'social-worker', language: 'en' },
  { name: 'Paul Martinez', jobRole: 'social-worker', language: 'fr' },
]

/** firstname.lastname@chrs-glycines.example, without accents. */
export const emailOf = (name: string): string =>
  `${name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')}@chrs-glycines.example`
