import type { CollectionConfig } from 'payload'
import { nobody } from '../../src/access/roles'
import { readFundingFiles } from '../funding-files/access/read-funding-files'

/**
 * Who moved which file from where to where, when and why. Written in the same transaction as the move; never
 * edited. The file's edit view shows them as its timeline (a join on `file`).
 */
export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  labels: { singular: { fr: 'Événement du dossier', en: 'File event' }, plural: { fr: 'Historique des dossiers', en: 'File history' } },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'file', 'summary', 'actorName'],
    group: { fr: 'Suivi', en: 'Tracking' },
  },
  access: {
    // Same reach as the files themselves: a structure admin sees the history of their structure's files only.
    read: readFundingFiles,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'file', type: 'relationship', relationTo: 'funding-files', required: true, index: true, label: { fr: 'Dossier', en: 'File' } },
    { name: 'structure', type: 'relationship', relationTo: 'structures', index: true, label: { fr: 'Structure', en: 'Structure' } },
    { name: 'at', type: 'date', required: true, label: { fr: 'Date', en: 'Date' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'created', label: { fr: 'Création', en: 'Created' } },
        { value: 'transition', label: { fr: 'Changement d’état', en: 'Move' } },
        { value: 'billing', label: { fr: 'Facturation', en: 'Billing' } },
        { value: 'reschedule', label: { fr: 'Nouvelles dates', en: 'Rescheduled' } },
        { value: 'automatic', label: { fr: 'Automatique', en: 'Automatic' } },
        { value: 'participants', label: { fr: 'Inscriptions', en: 'Enrolments' } },
      ],
      label: { fr: 'Nature', en: 'Kind' },
    },
    { name: 'from', type: 'text', label: { fr: 'État de départ', en: 'From state' } },
    { name: 'to', type: 'text', required: true, label: { fr: "État d'arrivée", en: 'To state' } },
    { name: 'summary', type: 'text', required: true, label: { fr: 'Événement', en: 'Event' } },
    { name: 'actorRole', type: 'text', required: true, label: { fr: 'Rôle', en: 'Role' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { fr: 'Compte', en: 'Account' } },
    { name: 'actorName', type: 'text', label: { fr: 'Par', en: 'By' } },
    { name: 'reason', type: 'textarea', label: { fr: 'Motif', en: 'Reason' } },
  ],
}
