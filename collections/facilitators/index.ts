import { federationField } from '../shared/fields/federation'
import type { CollectionConfig } from 'payload'
import { staffOnly } from '../../src/access/roles'
import { staffOnlyField } from '../shared/access/team'
import { optionsFrom } from '../shared/fields/options'
import { ownProfileOrStaff } from './access/facilitator-access'
import { FACILITATOR_TITLES } from './fields/options'
import { userIsFacilitator } from './fields/user-is-facilitator'
import { defaultName } from './hooks/default-name'

/**
 * A facilitator is an account (role "facilitator") with a profile: their ERIC space, their title, whether they
 * are qualified to train. The profile is what links the account to its ERIC space and structures.
 */
export const Facilitators: CollectionConfig = {
  slug: 'facilitators',
  labels: { singular: { fr: 'Animateur', en: 'Facilitator' }, plural: { fr: 'Animateurs', en: 'Facilitators' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'ericSpace', 'title', 'trainerQualified'],
    group: { fr: 'Réseau', en: 'Network' },
  },
  access: { read: ownProfileOrStaff, create: staffOnly, update: ownProfileOrStaff, delete: staffOnly },
  hooks: { beforeValidate: [defaultName] },
  fields: [
    federationField({ parents: [{ field: 'ericSpace', collection: 'eric-spaces' }] }),
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { fr: 'Nom affiché', en: 'Display name' },
      admin: { description: { fr: 'Par défaut, le nom du compte.', en: 'Defaults to the account name.' } },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      unique: true,
      index: true,
      label: { fr: 'Compte', en: 'Account' },
      filterOptions: { role: { equals: 'facilitator' } },
      validate: userIsFacilitator,
      access: { create: staffOnlyField, update: staffOnlyField },
    },
    {
      name: 'ericSpace',
      type: 'relationship',
      relationTo: 'eric-spaces',
      required: true,
      index: true,
      label: { fr: 'Espace ERIC', en: 'ERIC space' },
      access: { create: staffOnlyField, update: staffOnlyField },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'title',
          type: 'select',
          required: true,
          defaultValue: 'animateur-multimedia',
          options: optionsFrom(FACILITATOR_TITLES),
          label: { fr: 'Fonction', en: 'Job title' },
          admin: { width: '60%' },
        },
        {
          name: 'trainerQualified',
          type: 'checkbox',
          defaultValue: false,
          label: { fr: 'Habilité à former', en: 'Qualified to train' },
          access: { create: staffOnlyField, update: staffOnlyField },
          admin: { width: '40%' },
        },
      ],
    },
    {
      name: 'availability',
      type: 'textarea',
      label: { fr: 'Disponibilités', en: 'Availability' },
    },
    {
      name: 'assignedStructures',
      type: 'join',
      collection: 'structures',
      on: 'assignedFacilitator',
      label: { fr: 'Structures suivies', en: 'Assigned structures' },
    },
  ],
}
