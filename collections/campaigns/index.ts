import { federationField } from '../shared/fields/federation'
import type { CollectionConfig } from 'payload'
import { staffOnly } from '../../src/access/roles'
import { anyone } from '../shared/access/team'
import { regionOptions } from '../shared/fields/address'
import { optionsFrom } from '../shared/fields/options'
import { slugField } from '../shared/fields/slug'
import { campaignEndpoints } from './endpoints'
import { internalCampaignFields } from './fields/internal'
import { kitFields } from './fields/kit'
import { PHASES } from './fields/options'
import { validateCampaignEnd, validateCampaignRegion } from './fields/scope'
import { stepFields } from './fields/step'
import { takeWaitingLeads } from './hooks/take-waiting-leads'

/**
 * A roll-out phase of the programme (experimentation, pilot, regional, national). Its public part (phase, region,
 * period, summary, targets) is open to all; the rest is internal (see fields/internal).
 */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: { fr: 'Campagne', en: 'Campaign' }, plural: { fr: 'Campagnes', en: 'Campaigns' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'phase', 'region', 'startDate', 'endDate'],
    group: { fr: 'Réseau', en: 'Network' },
  },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  endpoints: campaignEndpoints,
  hooks: { afterChange: [takeWaitingLeads] },
  fields: [
    federationField(),
    { name: 'title', type: 'text', required: true, label: { fr: 'Intitulé', en: 'Title' } },
    slugField(),
    {
      type: 'row',
      fields: [
        {
          name: 'phase',
          type: 'select',
          required: true,
          options: optionsFrom(PHASES),
          label: { fr: 'Phase', en: 'Phase' },
          admin: { width: '50%' },
        },
        {
          name: 'region',
          type: 'select',
          options: regionOptions,
          label: { fr: 'Région', en: 'Region' },
          validate: validateCampaignRegion,
          admin: { width: '50%' },
        },
      ],
    },
    ...stepFields,
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          required: true,
          label: { fr: 'Début', en: 'Start' },
          admin: { width: '50%', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'endDate',
          type: 'date',
          label: { fr: 'Fin', en: 'End' },
          validate: validateCampaignEnd,
          admin: { width: '50%', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
        },
      ],
    },
    { name: 'summary', type: 'textarea', label: { fr: 'Présentation', en: 'Summary' } },
    {
      name: 'targets',
      type: 'group',
      label: { fr: 'Objectifs chiffrés', en: 'Targets' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'structures', type: 'number', min: 0, label: { fr: 'Structures', en: 'Structures' } },
            { name: 'ericSpaces', type: 'number', min: 0, label: { fr: 'Espaces ERIC', en: 'ERIC spaces' } },
          ],
        },
      ],
    },
    ...internalCampaignFields,
    ...kitFields,
  ],
}
