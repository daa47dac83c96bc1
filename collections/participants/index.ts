import type { CollectionConfig } from 'payload'
import { isStaff } from '../../src/access/roles'
import { validateEmail } from '../../src/validation/email'
import { jobRoleOptions } from '../sessions/fields/options'
import { createParticipants, readParticipants, writeParticipants } from './access/participant-access'
import { guardOwnStructure } from './hooks/guard-own-structure'
import { personalDataPanelField } from '../../src/gdpr/panel-field'

/**
 * A member of a structure's staff who attends a session (domain §4 Participant). No account: they act through
 * personal links (attendance, questionnaires), in the language recorded here.
 */
export const Participants: CollectionConfig = {
  slug: 'participants',
  labels: { singular: { fr: 'Participant', en: 'Participant' }, plural: { fr: 'Participants', en: 'Participants' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'structure', 'jobRole', 'email'],
    listSearchableFields: ['name', 'email'],
    group: { fr: 'Formation', en: 'Training' },
  },
  access: {
    read: readParticipants,
    create: createParticipants,
    update: writeParticipants,
    delete: ({ req }) => isStaff(req),
  },
  hooks: {
    beforeValidate: [
      ({ data }) => (typeof data?.email === 'string' ? { ...data, email: data.email.trim().toLowerCase() } : data),
    ],
    beforeChange: [guardOwnStructure],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    {
      name: 'email',
      type: 'text',
      required: true,
      index: true,
      label: 'E-mail',
      validate: (value: unknown) => validateEmail(value, { required: true }),
    },
    {
      name: 'structure',
      type: 'relationship',
      relationTo: 'structures',
      required: true,
      index: true,
      label: { fr: 'Structure', en: 'Structure' },
    },
    {
      name: 'jobRole',
      type: 'select',
      required: true,
      options: jobRoleOptions,
      index: true,
      label: { fr: 'Fonction', en: 'Job role' },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'fr',
      options: [
        { value: 'fr', label: 'Français' },
        { value: 'en', label: 'English' },
      ],
      label: { fr: 'Langue', en: 'Language' },
    },
    {
      name: 'consents',
      type: 'group',
      label: { fr: 'Consentements', en: 'Consents' },
      fields: [
        {
          name: 'data',
          type: 'checkbox',
          defaultValue: false,
          label: { fr: 'Traitement des données de formation', en: 'Processing of training data' },
        },
        { name: 'image', type: 'checkbox', defaultValue: false, label: { fr: 'Droit à l’image', en: 'Image rights' } },
        {
          name: 'testimony',
          type: 'checkbox',
          defaultValue: false,
          label: { fr: 'Témoignage publiable', en: 'Testimony may be published' },
        },
      ],
    },
    personalDataPanelField('participant'),
  ],
}
