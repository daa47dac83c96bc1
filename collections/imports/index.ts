import { recordedFederationField } from '../shared/fields/federation'
import type { CollectionConfig, Field } from 'payload'
import { adminsOnly, nobody, staffOnly } from '../../src/access/roles'
import { importEndpoints } from './endpoints'
import { IMPORTS_SLUG } from './run-import'

const count = (name: string, fr: string, en: string): Field => ({
  name,
  type: 'number',
  defaultValue: 0,
  label: { fr, en },
  admin: { readOnly: true, width: '20%' },
})

/**
 * One run of the structures import (admin upload or CLI): what was read, how far the writing got, and what was
 * refused. The admin's progress figure polls it; the error report is rebuilt from `rowErrors` as CSV.
 * Written by the import service only.
 */
export const StructureImports: CollectionConfig = {
  slug: IMPORTS_SLUG,
  labels: { singular: { fr: 'Import de structures', en: 'Structures import' }, plural: { fr: 'Imports de structures', en: 'Structures imports' } },
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'status', 'processed', 'total', 'rejected', 'startedAt'],
    group: { fr: 'Réseau', en: 'Network' },
    components: { beforeList: ['/collections/imports/components/import-uploader#ImportUploader'] },
  },
  access: { read: staffOnly, create: nobody, update: nobody, delete: adminsOnly },
  endpoints: importEndpoints,
  defaultSort: '-startedAt',
  fields: [
    recordedFederationField,
    {
      name: 'progress',
      type: 'ui',
      admin: { components: { Field: '/collections/imports/components/import-progress#ImportProgress' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'filename', type: 'text', required: true, label: { fr: 'Fichier', en: 'File' }, admin: { readOnly: true, width: '40%' } },
        {
          name: 'format',
          type: 'select',
          options: ['csv', 'xlsx'],
          label: { fr: 'Format', en: 'Format' },
          admin: { readOnly: true, width: '20%' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          label: { fr: 'État', en: 'Status' },
          options: [
            { value: 'running', label: { fr: 'En cours', en: 'Running' } },
            { value: 'done', label: { fr: 'Terminé', en: 'Done' } },
            { value: 'refused', label: { fr: 'Fichier refusé', en: 'File refused' } },
            { value: 'failed', label: { fr: 'Interrompu', en: 'Interrupted' } },
          ],
          admin: { readOnly: true, width: '20%' },
        },
        {
          name: 'source',
          type: 'select',
          options: [
            { value: 'admin', label: { fr: 'Interface', en: 'Admin' } },
            { value: 'cli', label: { fr: 'Ligne de commande', en: 'Command line' } },
          ],
          label: { fr: 'Origine', en: 'Source' },
          admin: { readOnly: true, width: '20%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        count('total', 'Lignes', 'Lines'),
        count('processed', 'Traitées', 'Processed'),
        count('created', 'Créées', 'Created'),
        count('updated', 'Mises à jour', 'Updated'),
        count('unchanged', 'Inchangées', 'Unchanged'),
      ],
    },
    {
      type: 'row',
      fields: [count('rejected', 'Refusées', 'Refused'), count('failed', 'Refusées à l’écriture', 'Refused when writing')],
    },
    { name: 'fileError', type: 'textarea', label: { fr: 'Motif du refus', en: 'Why the file was refused' }, admin: { readOnly: true } },
    // Shown through the progress component and the CSV report, not as raw JSON.
    { name: 'rowErrors', type: 'json', admin: { hidden: true } },
    { name: 'startedBy', type: 'relationship', relationTo: 'users', label: { fr: 'Lancé par', en: 'Started by' }, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'startedAt',
      type: 'date',
      index: true,
      label: { fr: 'Début', en: 'Started' },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: { fr: 'Fin', en: 'Finished' },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
