import { recordedFederationField } from '../shared/fields/federation'
import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody, staffOnly } from '../../src/access/roles'

/**
 * The register of GDPR requests (art. 15 export, art. 17 erasure): who asked, for whom, when, and what was done.
 * Written only by src/gdpr in the same transaction as the erasure it records; never edited. It names the person
 * by their record id only, so it stays meaningful after the record is anonymised.
 */
export const PersonalDataRequests: CollectionConfig = {
  slug: 'personal-data-requests',
  labels: {
    singular: { fr: 'Demande RGPD', en: 'GDPR request' },
    plural: { fr: 'Demandes RGPD', en: 'GDPR requests' },
  },
  admin: {
    defaultColumns: ['at', 'kind', 'subjectType', 'subjectId', 'requestedByName'],
    group: { fr: 'Suivi', en: 'Tracking' },
  },
  defaultSort: '-at',
  access: { read: staffOnly, create: nobody, update: nobody, delete: adminsOnly },
  fields: [
    recordedFederationField,
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'export', label: { fr: 'Export (droit d’accès)', en: 'Export (right of access)' } },
        { value: 'erasure', label: { fr: 'Effacement (anonymisation)', en: 'Erasure (anonymisation)' } },
        { value: 'purge', label: { fr: 'Purge de fin de conservation', en: 'End-of-retention purge' } },
      ],
      label: { fr: 'Nature', en: 'Kind' },
    },
    {
      name: 'subjectType',
      type: 'select',
      required: true,
      options: [
        { value: 'participant', label: { fr: 'Participant', en: 'Participant' } },
        { value: 'user', label: { fr: 'Compte', en: 'Account' } },
        { value: 'funding-file', label: { fr: 'Dossier', en: 'Funding file' } },
      ],
      label: { fr: 'Personne concernée', en: 'Data subject' },
    },
    { name: 'subjectId', type: 'text', required: true, index: true, label: { fr: 'Identifiant', en: 'Id' } },
    { name: 'at', type: 'date', required: true, index: true, label: { fr: 'Date', en: 'Date' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users', label: { fr: 'Demandé par', en: 'Requested by' } },
    { name: 'requestedByName', type: 'text', label: { fr: 'Par', en: 'By' } },
    // What was removed or kept (counts per kind of record): the proof that the request was carried out.
    { name: 'outcome', type: 'json', label: { fr: 'Résultat', en: 'Outcome' } },
  ],
}
