import type { Role } from '../access/roles'

export interface DemoAccount {
  email: string
  password: string
  name: string
  role: Role
  language: 'fr' | 'en'
  /** What this person does in the demo, printed next to the login. */
  purpose: string
}

/** One account per role, printed by `npm run demo`. Demo data only: never seeded on a production database. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@essaim.local', password: 'essaim-admin', name: 'Claire Fédération', role: 'admin', language: 'fr', purpose: 'administration de la fédération' },
  { email: 'coordination@essaim.local', password: 'essaim-coord', name: 'Nadia Benali', role: 'coordinator', language: 'fr', purpose: 'coordinatrice régionale PACA (valide, suit les dossiers)' },
  { email: 'edition@essaim.local', password: 'essaim-edit', name: 'Julien Morel', role: 'editor', language: 'fr', purpose: 'éditeur (témoignages, actualités)' },
  { email: 'structure@essaim.local', password: 'essaim-struct', name: 'Sophie Arnaud', role: 'structure-admin', language: 'fr', purpose: 'administratrice de structure (dossiers de financement)' },
  { email: 'animation@essaim.local', password: 'essaim-anim', name: 'Karim Haddad', role: 'facilitator', language: 'fr', purpose: 'animateur multimédia ERIC (sessions, émargement)' },
  { email: 'national@essaim.local', password: 'essaim-national', name: 'Hélène Roux', role: 'national', language: 'fr', purpose: 'coordination nationale (lit toutes les fédérations, publie les contenus nationaux)' },
  { email: 'guest@essaim.local', password: 'essaim-guest', name: 'Emma Wilson', role: 'coordinator', language: 'en', purpose: 'English-speaking coordinator (mails in English)' },
]
