import type { Field } from 'payload'
import { teamOnlyField } from '../../shared/access/team'
import { optionsFrom } from '../../shared/fields/options'
import { CONSENT_SCOPE_LABELS, JOB_ROLES } from './options'

/** The quoted person and their words: public once published. */
export const quoteField: Field = {
  name: 'quote',
  type: 'group',
  label: { fr: 'Citation', en: 'Quote' },
  admin: {
    description: {
      fr: 'Citer une personne exige son consentement enregistré (qui, quand, portée) avant publication.',
      en: 'Quoting a person requires their recorded consent (who, when, scope) before publication.',
    },
  },
  fields: [
    { name: 'text', type: 'textarea', label: { fr: 'Propos cités', en: 'Quoted words' } },
    {
      type: 'row',
      fields: [
        {
          name: 'personName',
          type: 'text',
          label: { fr: 'Personne citée', en: 'Person quoted' },
          admin: { width: '50%' },
        },
        {
          name: 'jobRole',
          type: 'select',
          options: optionsFrom(JOB_ROLES),
          label: { fr: 'Fonction', en: 'Job role' },
          admin: { width: '50%' },
        },
      ],
    },
  ],
}

/**
 * The consent record (personal data): who agreed, when, to what use, and the signed form if any. Only the team
 * reads it; the public API never shows it.
 */
export const consentField: Field = {
  name: 'consent',
  type: 'group',
  label: { fr: 'Consentement', en: 'Consent' },
  access: { read: teamOnlyField },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'givenBy',
          type: 'text',
          label: { fr: 'Donné par', en: 'Given by' },
          admin: { width: '50%' },
        },
        {
          name: 'givenAt',
          type: 'date',
          label: { fr: 'Date du consentement', en: 'Date of consent' },
          admin: { width: '50%', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    {
      name: 'scope',
      type: 'select',
      hasMany: true,
      options: optionsFrom(CONSENT_SCOPE_LABELS),
      label: { fr: 'Usages acceptés', en: 'Uses agreed to' },
    },
    {
      name: 'proof',
      type: 'upload',
      relationTo: 'media',
      label: { fr: 'Formulaire signé', en: 'Signed form' },
    },
  ],
}
