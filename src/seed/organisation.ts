import type { Payload } from 'payload'
import type { OrganisationSetting } from '../payload-types'
import { makeSiret } from '../validation/siret'

type OrganisationData = Omit<OrganisationSetting, 'id' | 'createdAt' | 'updatedAt'>

/** A Qualiopi certificate runs three years: the demo's was renewed this year, so it stays valid whenever the demo runs. */
const demoExpiry = (now: Date): string => `${now.getUTCFullYear() + 2}-12-31T12:00:00.000Z`

/**
 * The organisation's legal facts the seed writes into the `organisation-settings` global when nobody has yet: the
 * `OF_*` environment variables when set, else the demo's fictional federation. Documents never read these
 * variables; they read the global, which admins then keep (Réglages › Organisme de formation).
 */
export function organisationSeed(env: Record<string, string | undefined> = process.env, now = new Date()): OrganisationData {
  return {
    name: env.OF_NAME ?? 'Fédération des acteurs de la solidarité PACA-Corse (démo)',
    street: env.OF_STREET ?? '1 rue de la Solidarité',
    postalCode: env.OF_POSTAL_CODE ?? '13001',
    city: env.OF_CITY ?? 'Marseille',
    siret: env.OF_SIRET ?? makeSiret('77500013', '0001'),
    nda: env.OF_NDA ?? '93131234513',
    qualiopiNumber: env.OF_QUALIOPI ?? 'QUA-2025-00042',
    qualiopiCertifier: env.OF_QUALIOPI_CERTIFIER ?? 'Certificateur de démonstration',
    qualiopiExpiresOn: env.OF_QUALIOPI_EXPIRES ? new Date(env.OF_QUALIOPI_EXPIRES).toISOString() : demoExpiry(now),
    signatoryName: env.OF_SIGNATORY ?? 'Hélène Garcia',
    signatoryRole: env.OF_SIGNATORY_TITLE ?? 'Présidente',
    contactEmail: env.OF_CONTACT_EMAIL ?? 'formation@fas-paca.example.org',
    contactPhone: env.OF_CONTACT_PHONE ?? '04 91 00 12 34',
  }
}

/** Fills the global once (idempotent: an organisation someone has named is left as it is). */
export async function seedOrganisation(payload: Payload, env: Record<string, string | undefined> = process.env): Promise<boolean> {
  const current = await payload.findGlobal({ slug: 'organisation-settings', depth: 0, overrideAccess: true })
  if (current?.name) return false
  await payload.updateGlobal({ slug: 'organisation-settings', data: organisationSeed(env), depth: 0, overrideAccess: true })
  return true
}
