import type { Field } from 'payload'
import { validateEmail } from '../../../src/validation/email'
import { isBlank, REQUIRED, type ValidationResult } from '../../../src/validation/messages'
import { normalizeNda, validateNda } from '../../../src/validation/nda'
import { validatePostalCode } from '../../../src/validation/postal-code'
import { normalizeSiret, validateSiret } from '../../../src/validation/siret'
import { rulesDocumentField } from './rules-document'

type Label = { fr: string; en: string }

/**
 * The training provider's legal facts (organisme de formation) as admin fields, written once for the two places that
 * hold them: the `organisation-settings` global (the platform's default, every fact required) and each federation
 * (its own legal entity, every fact optional: a federation being onboarded has none yet, and a fact it leaves
 * empty is the global's). The names are the same in both, so src/documents/provider.ts reads either.
 */
export interface OrganisationFactsOptions {
  /** The global requires every fact; a federation's are overrides, each optional. */
  required: boolean
}

const trimmed = ({ value }: { value?: unknown }) => (typeof value === 'string' ? value.trim() : value)
const digitsOnly = (normalize: (v: string) => string) => ({ value }: { value?: unknown }) => (typeof value === 'string' ? normalize(value) : value)

/** A titled, foldable block whose fields stand side by side (layout only: the fields keep their level). */
export const section = (label: Label, fields: Field[]): Field => ({ type: 'collapsible', label, fields: [{ type: 'row', fields }] })

function builders({ required }: OrganisationFactsOptions) {
  const presence = (value: unknown): ValidationResult => (required && isBlank(value) ? REQUIRED : true)
  const text = (name: string, label: Label, width?: string, description?: Label): Field => ({
    name,
    type: 'text',
    label,
    hooks: { beforeValidate: [trimmed] },
    validate: presence,
    ...(width || description ? { admin: { ...(width ? { width } : {}), ...(description ? { description } : {}) } } : {}),
  })
  return { presence, text }
}

/** Name, address, SIRET and NDA: who the training provider is. */
function legalEntity(options: OrganisationFactsOptions): Field[] {
  const { text } = builders(options)
  return [
    text('name', { fr: 'Raison sociale', en: 'Legal name' }),
    text('street', { fr: 'Adresse', en: 'Street address' }),
    {
      type: 'row',
      fields: [
        {
          name: 'postalCode',
          type: 'text',
          label: { fr: 'Code postal', en: 'Postal code' },
          validate: (value: unknown) => validatePostalCode(value, { required: options.required }),
          admin: { width: '30%' },
        },
        text('city', { fr: 'Commune', en: 'Town' }, '70%'),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'siret',
          type: 'text',
          label: 'SIRET',
          hooks: { beforeValidate: [digitsOnly(normalizeSiret)] },
          validate: (value: unknown) => validateSiret(value, { required: options.required }),
          admin: { width: '50%', description: { fr: '14 chiffres', en: '14 digits' } },
        },
        {
          name: 'nda',
          type: 'text',
          label: { fr: "Numéro de déclaration d'activité (NDA)", en: 'Activity declaration number (NDA)' },
          hooks: { beforeValidate: [digitsOnly(normalizeNda)] },
          validate: (value: unknown) => validateNda(value, { required: options.required }),
          admin: { width: '50%', description: { fr: '11 chiffres, attribué par la préfecture de région', en: '11 digits, given by the regional prefecture' } },
        },
      ],
    },
  ]
}

/** The Qualiopi certificate: its number, who certified, and the day after which no new funding file is accepted. */
function qualiopi(options: OrganisationFactsOptions): Field {
  const { presence, text } = builders(options)
  return section({ fr: 'Certification Qualiopi', en: 'Qualiopi certification' }, [
    text('qualiopiNumber', { fr: 'Numéro du certificat', en: 'Certificate number' }, '35%'),
    text('qualiopiCertifier', { fr: 'Organisme certificateur', en: 'Certification body' }, '35%'),
    {
      name: 'qualiopiExpiresOn',
      type: 'date',
      label: { fr: "Date d'expiration", en: 'Expiry date' },
      validate: presence,
      admin: {
        width: '30%',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
        description: { fr: 'Passée cette date, aucun nouveau dossier de financement ne peut être créé.', en: 'After this date, no new funding file can be created.' },
      },
    },
  ])
}

/** Who signs the certificats, and the address and phone participants are told to call. */
function signatoryAndContact(options: OrganisationFactsOptions): Field[] {
  const { text } = builders(options)
  return [
    section({ fr: 'Signataire des certificats', en: 'Signatory of the certificates' }, [
      text('signatoryName', { fr: 'Nom et prénom du signataire', en: "Signatory's name" }, '50%'),
      text('signatoryRole', { fr: 'Qualité du signataire', en: "Signatory's role" }, '50%', { fr: 'Ex. « Présidente », « Directeur général »', en: 'E.g. "Présidente", "Directeur général"' }),
    ]),
    {
      type: 'row',
      fields: [
        { name: 'contactEmail', type: 'text', label: { fr: 'E-mail de contact', en: 'Contact e-mail' }, validate: (value: unknown) => validateEmail(value, { required: options.required }), admin: { width: '50%' } },
        text('contactPhone', { fr: 'Téléphone de contact', en: 'Contact phone' }, '50%'),
      ],
    },
  ]
}

/**
 * Every fact, in the order the admin shows them; the règlement intérieur last. Fresh objects on each call: Payload
 * writes into a field's config when it sanitizes it (access, hooks), and the global and each federation must not share one.
 */
export function organisationFactFields(options: OrganisationFactsOptions): Field[] {
  return [...legalEntity(options), qualiopi(options), ...signatoryAndContact(options), rulesDocumentField()]
}

/** The stored names of the facts (one write rule each in the global: src/access/field-write-rules.ts). */
export const ORGANISATION_FACT_NAMES = [
  'name', 'street', 'postalCode', 'city', 'siret', 'nda', 'qualiopiNumber', 'qualiopiCertifier', 'qualiopiExpiresOn',
  'signatoryName', 'signatoryRole', 'contactEmail', 'contactPhone', 'rulesDocument',
] as const
