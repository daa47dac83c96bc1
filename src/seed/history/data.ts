import type { JobRole } from '../../sessions/job-roles'

/**
 * The finished 2013 experimentation session of the demo (domain §5b: two structures; §6: fictional names,
 * Marseille, a 3-day intra session of 12, Uniformation's 2013 context). Who came, who missed what, what they said.
 */
export const HISTORY_CAMPAIGN_SLUG = 'experimentation-2013'

/** Monday 14 October 2013, 09:00 Paris (07:00 UTC). */
export const HISTORY_START = new Date('2013-10-14T07:00:00.000Z')

export interface HistoryPerson {
  name: string
  role: JobRole
  /** Half-days (0–5) not signed. */
  missed?: number[]
  hot?: [number, number, number, number, string?]
  cold?: [number, number, string?]
  offer?: 'interested' | 'later' | 'not-interested'
}

export const HISTORY_STRUCTURES: { name: string; type: string; siren: string; association: string; people: HistoryPerson[] }[] = [
  {
    name: 'CHRS L’Escale (démo)',
    type: 'chrs',
    siren: '51320130',
    association: 'Association Horizon Solidaire (démo)',
    people: [
      { name: 'Nadia Ferhat', role: 'direction', hot: [5, 5, 5, 4, 'On a enfin pris le temps du « pourquoi ».'], cold: [4, 4, 'Un atelier CAF en ligne chaque semaine.'], offer: 'interested' },
      { name: 'Julien Morel', role: 'service-manager', hot: [4, 4, 5, 4], cold: [4, 3] },
      { name: 'Sabrina Costa', role: 'social-worker', hot: [5, 4, 5, 5, 'Très concret, merci à Karim.'], cold: [5, 5, 'J’accompagne les démarches Pôle emploi sans stress.'] },
      { name: 'Thomas Girard', role: 'social-worker', missed: [4, 5], hot: [3, 3, 4, 3, 'Trop court sur les outils.'], cold: [3, 3] },
      { name: 'Amina Diallo', role: 'administration', hot: [4, 4, 4, 5], cold: [4, 4] },
      { name: 'Marc Lefèvre', role: 'technical', hot: [5, 4, 4, 4, 'Je ne pensais pas être concerné, je le suis.'], cold: [4, 5] },
    ],
  },
  {
    name: 'CADA Le Phare (démo)',
    type: 'cada',
    siren: '51320131',
    association: 'Association Terre d’Accueil (démo)',
    people: [
      { name: 'Claire Bonnet', role: 'direction', hot: [4, 4, 5, 4], cold: [4, 4], offer: 'later' },
      { name: 'Youssef Haddad', role: 'social-worker', hot: [5, 5, 5, 5, 'Le meilleur module : la sécurité des comptes.'], cold: [5, 4] },
      { name: 'Élise Fabre', role: 'social-worker', missed: [2], hot: [4, 4, 4, 4], cold: [4, 4, 'Création d’adresses e-mail avec les familles.'] },
      { name: 'Paul Rinaldi', role: 'reception', hot: [4, 3, 4, 4] },
      { name: 'Inès Moreau', role: 'administration', hot: [5, 4, 5, 4], cold: [4, 4] },
      { name: 'Rachid Benamar', role: 'technical', missed: [0, 1, 2, 3, 4, 5] },
    ],
  },
]

export const HISTORY_FACILITATOR = { name: 'Karim Benali (démo)', email: 'karim.benali@eric-demo.example.org' }
export const FACILITATOR_REPORT = {
  scales: [5, 4, 4] as const,
  comment: 'Groupe très impliqué ; la salle manquait de deux postes le mercredi. Prévoir un temps sur la sécurité des comptes.',
}
