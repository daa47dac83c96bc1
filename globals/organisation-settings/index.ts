import type { GlobalConfig } from 'payload'
import { adminsOnly, isStaff, signedIn } from '../../src/access/roles'
import { organisationFactFields } from '../../collections/shared/fields/organisation-facts'

export const ORGANISATION_SETTINGS = 'organisation-settings'

/**
 * The training provider's legal facts (organisme de formation): what every certificat, attestation, convocation
 * and funding pack states about who trains, and who signs. Admins keep it; everyone signed in may read it (each
 * document they receive prints it anyway); coordinators see it read-only in the admin. Documents read it through
 * loadOrganisation (src/documents/provider.ts); the Qualiopi expiry date stops new funding files once passed
 * (collections/funding-files/hooks/refuse-expired-qualiopi.ts). This is the platform's default: a federation that
 * records its own legal entity (collections/federations/settings.ts) has its facts printed instead, fact by fact.
 */
export const OrganisationSettings: GlobalConfig = {
  slug: ORGANISATION_SETTINGS,
  label: { fr: 'Organisme de formation', en: 'Training organisation' },
  admin: {
    group: { fr: 'Réglages', en: 'Settings' },
    hidden: ({ user }) => !isStaff({ user } as Parameters<typeof isStaff>[0]),
    description: {
      fr: 'Les mentions légales imprimées sur les certificats, attestations et dossiers de financement, sauf celles qu’une fédération a renseignées pour elle-même.',
      en: 'The legal facts printed on certificates, attestations and funding packs, except those a federation recorded for itself.',
    },
  },
  access: { read: signedIn, update: adminsOnly, readVersions: adminsOnly },
  // The platform's default: every fact required here; a federation may record its own (collections/federations).
  fields: organisationFactFields({ required: true }),
}
