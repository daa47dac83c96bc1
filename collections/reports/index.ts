import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '../../src/access/roles'
import { readReports } from './access'
import { reportEndpoints } from './endpoints'

/**
 * Every generated report, kept: its figures (`content`), the PDF, and the date of the data it was computed from
 * (`inputsAsOf`), so it can be reproduced and compared with a later one. Written by the worker only.
 */
export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: { singular: { fr: 'Bilan', en: 'Report' }, plural: { fr: 'Bilans', en: 'Reports' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'generatedAt', 'inputsAsOf', 'trigger'],
    group: { fr: 'Formation', en: 'Training' },
  },
  access: { read: readReports, create: nobody, update: adminsOnly, delete: adminsOnly },
  endpoints: reportEndpoints,
  fields: [
    { name: 'title', type: 'text', required: true, label: { fr: 'Intitulé', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'session',
      options: [
        { value: 'session', label: { fr: 'Bilan de session', en: 'Session report' } },
        { value: 'campaign', label: { fr: 'Bilan de campagne', en: 'Campaign report' } },
      ],
      label: { fr: 'Type', en: 'Kind' },
    },
    { name: 'session', type: 'relationship', relationTo: 'sessions', index: true, label: 'Session' },
    { name: 'file', type: 'relationship', relationTo: 'funding-files', index: true, label: { fr: 'Dossier', en: 'Funding file' } },
    {
      // The tenants of the report: the structures of the session.
      name: 'structures',
      type: 'relationship',
      relationTo: 'structures',
      hasMany: true,
      index: true,
      label: { fr: 'Structures', en: 'Structures' },
    },
    {
      name: 'trigger',
      type: 'select',
      options: [
        { value: 'cold_survey_closed', label: { fr: 'Clôture du suivi à froid', en: 'Cold survey closed' } },
        { value: 'on_demand', label: { fr: 'À la demande', en: 'On demand' } },
      ],
      label: { fr: 'Origine', en: 'Trigger' },
    },
    { name: 'generatedAt', type: 'date', required: true, index: true, label: { fr: 'Produit le', en: 'Generated at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'inputsAsOf',
      type: 'date',
      required: true,
      label: { fr: 'Données arrêtées au', en: 'Data as of' },
      admin: { date: { pickerAppearance: 'dayAndTime' }, description: { fr: 'Dernière modification des données lues.', en: 'Last change of the data read.' } },
    },
    { name: 'pdf', type: 'upload', relationTo: 'media', label: 'PDF' },
    { name: 'content', type: 'json', label: { fr: 'Chiffres', en: 'Figures' }, admin: { readOnly: true } },
  ],
}
