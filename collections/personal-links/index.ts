import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '../../src/access/roles'
import { LINK_PURPOSES } from '../../src/sessions/link-purposes'

/**
 * Personal links for people who act without an account (participants; facilitators on the go). Only the
 * SHA-256 of the token is kept; the token itself lives in the e-mail. Scoped to one person, one session and one
 * purpose, with an expiry; survey links are spent by the answer. Nobody writes these through the API.
 */
export const PersonalLinks: CollectionConfig = {
  slug: 'personal-links',
  labels: {
    singular: { fr: 'Lien personnel', en: 'Personal link' },
    plural: { fr: 'Liens personnels', en: 'Personal links' },
  },
  admin: {
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
    defaultColumns: ['purpose', 'session', 'participant', 'user', 'expiresAt', 'usedAt'],
    group: { fr: 'Administration', en: 'Administration' },
  },
  access: { read: adminsOnly, create: nobody, update: nobody, delete: adminsOnly },
  fields: [
    { name: 'tokenHash', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    { name: 'purpose', type: 'select', required: true, index: true, options: [...LINK_PURPOSES] },
    { name: 'session', type: 'relationship', relationTo: 'sessions', required: true, index: true },
    { name: 'participant', type: 'relationship', relationTo: 'participants', index: true },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
    { name: 'usedAt', type: 'date' },
    { name: 'revokedAt', type: 'date' },
  ],
}
