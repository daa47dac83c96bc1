import type { Payload, PayloadRequest } from 'payload'
import { ORGANISATION_FACT_NAMES } from '../../collections/shared/fields/organisation-facts'
import type { OrganisationSetting } from '../payload-types'
import { formatNda } from '../validation/nda'
import { normalizeSiret } from '../validation/siret'
import type { ProviderFacts } from './facts'

/** What a document prints for a legal fact nobody has recorded yet: visible, never a made-up value. */
export const NOT_RECORDED = '(à renseigner : Réglages › Organisme de formation)'

const text = (v: string | null | undefined): string | undefined => (v && v.trim() ? v.trim() : undefined)

/** A SIRET as people read it: « 123 456 789 00012 ». */
export function formatSiret(value: string): string {
  const d = normalizeSiret(value)
  return /^\d{14}$/.test(d) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 9)} ${d.slice(9)}` : value
}

/**
 * The training provider (organisme de formation) named on every document, from what admins keep: the
 * `organisation-settings` global, or a federation's own facts merged over it (loadOrganisation). A fact not recorded yet is printed as such (NOT_RECORDED), so a document never states a
 * default as if it were the organisation's.
 */
export function organisationFacts(doc: Partial<OrganisationSetting> | null | undefined): ProviderFacts {
  const d = doc ?? {}
  const siret = text(d.siret)
  const nda = text(d.nda)
  const expires = text(d.qualiopiExpiresOn)
  return {
    name: text(d.name) ?? NOT_RECORDED,
    address: [text(d.street), [text(d.postalCode), text(d.city)].filter(Boolean).join(' ')].filter(Boolean).join(', ') || NOT_RECORDED,
    city: text(d.city),
    siret: siret ? formatSiret(siret) : NOT_RECORDED,
    nda: nda ? formatNda(nda) : NOT_RECORDED,
    qualiopiCertificate: text(d.qualiopiNumber),
    qualiopiCertifier: text(d.qualiopiCertifier),
    qualiopiExpiresOn: expires ? new Date(expires) : undefined,
    signatory: text(d.signatoryName) ?? NOT_RECORDED,
    signatoryTitle: text(d.signatoryRole) ?? NOT_RECORDED,
    contactEmail: text(d.contactEmail),
    contactPhone: text(d.contactPhone),
  }
}

type RecordedFacts = Partial<Omit<OrganisationSetting, 'id' | 'updatedAt' | 'createdAt'>>
type FactName = (typeof ORGANISATION_FACT_NAMES)[number]

const recorded = (value: unknown): boolean => value !== null && value !== undefined && !(typeof value === 'string' && !value.trim())

/**
 * A federation's facts over the global's, one fact at a time: a federation being onboarded may have recorded its
 * SIRET and not yet its Qualiopi certificate, whose facts then stay the platform's. Never a mix inside one fact.
 */
export function mergeOrganisationFacts(platform: RecordedFacts | null | undefined, own: RecordedFacts | null | undefined): RecordedFacts {
  const merged: Record<string, unknown> = { ...(platform ?? {}) }
  for (const name of ORGANISATION_FACT_NAMES as readonly FactName[]) {
    const value = own?.[name]
    if (recorded(value)) merged[name] = value
  }
  return merged as RecordedFacts
}

/** What a federation recorded of its own legal entity (system read: whoever triggers the document). */
export async function federationOrganisation(payload: Payload, federationId: string | null | undefined, req?: PayloadRequest): Promise<RecordedFacts | undefined> {
  if (!federationId) return undefined
  const federation = await payload.findByID({ collection: 'federations', id: federationId, depth: 0, overrideAccess: true, disableErrors: true, req })
  return federation?.organisation ?? undefined
}

/**
 * The training provider a document or mail states: the federation's own facts (its legal entity, when the file,
 * session or campaign it is about belongs to one that recorded them) over the global `organisation-settings`,
 * the platform's default. A system read: documents and mails need it whoever triggers them.
 */
export async function loadOrganisation(payload: Payload, req?: PayloadRequest, federationId?: string | null): Promise<ProviderFacts> {
  const [platform, own] = await Promise.all([
    payload.findGlobal({ slug: 'organisation-settings', depth: 0, overrideAccess: true, req }),
    federationOrganisation(payload, federationId, req),
  ])
  return organisationFacts(mergeOrganisationFacts(platform, own))
}
