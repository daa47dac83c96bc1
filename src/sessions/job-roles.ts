/**
 * The job roles of a structure's staff (issue 6, domain §4 Participant.jobRole). The role-mix lesson (§5b) asks that
 * every role of a structure attends, so the list lives here, pure, for the collections and the role-mix rule alike.
 */
export const JOB_ROLES = [
  'direction',
  'service-manager',
  'social-worker',
  'reception',
  'administration',
  'technical',
  'volunteer',
  'other',
] as const

export type JobRole = (typeof JOB_ROLES)[number]

export const JOB_ROLE_LABELS: Record<JobRole, { fr: string; en: string }> = {
  direction: { fr: 'Direction', en: 'Management' },
  'service-manager': { fr: 'Chef de service, encadrement', en: 'Service manager' },
  'social-worker': { fr: 'Travailleur social (ES, ASS, CESF, ME…)', en: 'Social worker' },
  reception: { fr: 'Accueil, veille', en: 'Reception, night watch' },
  administration: { fr: 'Administratif, communication', en: 'Administration, communication' },
  technical: { fr: 'Technique, maintenance', en: 'Technical, maintenance' },
  volunteer: { fr: 'Bénévole', en: 'Volunteer' },
  other: { fr: 'Autre', en: 'Other' },
}

/** Domain §5b: ≥ 1 direction, ≥ 1 administration/communication, ≥ 1 technical, social workers. */
export const DEFAULT_ROLE_MIX_TARGET: readonly JobRole[] = ['direction', 'administration', 'technical', 'social-worker']

export const isJobRole = (value: unknown): value is JobRole =>
  typeof value === 'string' && (JOB_ROLES as readonly string[]).includes(value)
