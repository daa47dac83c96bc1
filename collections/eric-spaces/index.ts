import { federationField } from '../shared/fields/federation'
import type { CollectionConfig } from 'payload'
import { staffOnly } from '../../src/access/roles'
import { validateEmail } from '../../src/validation/email'
import { addressFields } from '../shared/fields/address'
import { optionsFrom } from '../shared/fields/options'
import { readEricSpaces } from './access/read-eric-spaces'
import { CARRIER_KINDS } from './fields/options'

/** ERIC (Espace Régional Internet Citoyen): the public digital spaces whose facilitators teach the programme. */
export const EricSpaces: CollectionConfig = {
  slug: 'eric-spaces',
  labels: { singular: { fr: 'Espace ERIC', en: 'ERIC space' }, plural: { fr: 'Espaces ERIC', en: 'ERIC spaces' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'commune', 'departement', 'labelled'],
    group: { fr: 'Réseau', en: 'Network' },
  },
  access: { read: readEricSpaces, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    federationField(),
    { name: 'name', type: 'text', required: true, unique: true, label: { fr: 'Nom', en: 'Name' } },
    {
      type: 'row',
      fields: [
        {
          name: 'labelled',
          type: 'checkbox',
          defaultValue: true,
          label: { fr: 'Labellisé ERIC', en: 'ERIC label' },
          admin: { width: '30%' },
        },
        {
          name: 'labelYear',
          type: 'number',
          min: 2001,
          max: 2100,
          label: { fr: 'Année du label', en: 'Label year' },
          admin: { width: '30%', condition: (_data, sibling) => Boolean(sibling?.labelled) },
        },
      ],
    },
    {
      name: 'carrier',
      type: 'group',
      label: { fr: 'Structure porteuse', en: 'Carrier' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: { fr: 'Nom', en: 'Name' }, admin: { width: '60%' } },
            {
              name: 'kind',
              type: 'select',
              options: optionsFrom(CARRIER_KINDS),
              label: { fr: 'Nature', en: 'Kind' },
              admin: { width: '40%' },
            },
          ],
        },
      ],
    },
    ...addressFields(),
    {
      type: 'row',
      fields: [
        {
          name: 'email',
          type: 'text',
          label: 'E-mail',
          validate: (value: unknown) => validateEmail(value),
          admin: { width: '50%' },
        },
        { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' }, admin: { width: '50%' } },
      ],
    },
    {
      name: 'facilitators',
      type: 'join',
      collection: 'facilitators',
      on: 'ericSpace',
      label: { fr: 'Animateurs', en: 'Facilitators' },
    },
    {
      name: 'partnerStructures',
      type: 'join',
      collection: 'structures',
      on: 'partnerEric',
      label: { fr: 'Structures partenaires', en: 'Partner structures' },
    },
    {
      name: 'campaigns',
      type: 'join',
      collection: 'campaigns',
      on: 'ericSpaces',
      label: { fr: 'Campagnes', en: 'Campaigns' },
    },
  ],
}
