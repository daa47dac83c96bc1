import type { Field } from 'payload'
import { KIND_LABELS } from '../../src/email/labels'
import { NOTIFICATION_KINDS, RECIPIENT_ROLES, type RecipientRole } from '../../src/workflow/notification-kinds'

const RECIPIENT_ROLE_LABELS: Record<RecipientRole, { fr: string; en: string }> = {
  'structure-admins': { fr: 'Administrateur de la structure', en: 'Structure administrator' },
  coordinators: { fr: 'Coordination', en: 'Coordinator' },
  facilitators: { fr: 'Formateur', en: 'Trainer' },
  eric: { fr: 'Espace ERIC', en: 'ERIC space' },
  participants: { fr: 'Participant', en: 'Participant' },
  director: { fr: 'Direction', en: 'Direction' },
  editors: { fr: 'Éditeur', en: 'Editor' },
  user: { fr: 'Utilisateur', en: 'User' },
}

export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'skipped'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

// Written by the mail jobs only (the API refuses create and update): read-only in the admin as well.
const readOnly = { readOnly: true }
const sidebar = { readOnly: true, position: 'sidebar' as const }

export const notificationFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'kind',
        type: 'select',
        required: true,
        index: true,
        label: { fr: 'Type', en: 'Kind' },
        // The readable name in the list and the filters; the stored value stays the kind's id.
        options: NOTIFICATION_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
        admin: { ...readOnly, width: '50%' },
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'queued',
        index: true,
        label: { fr: 'État', en: 'Status' },
        options: [
          { value: 'queued', label: { fr: 'En file', en: 'Queued' } },
          { value: 'sent', label: { fr: 'Envoyé', en: 'Sent' } },
          { value: 'failed', label: { fr: 'Échec', en: 'Failed' } },
          // A timer's mail whose reason no longer held when it was rendered (the file had moved on): see lastError.
          { value: 'skipped', label: { fr: 'Non envoyé (motif caduc)', en: 'Not sent (reason gone)' } },
        ] satisfies { value: DeliveryStatus; label: { fr: string; en: string } }[],
        admin: { ...readOnly, width: '50%' },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'recipientEmail', type: 'email', required: true, label: { fr: 'Destinataire', en: 'Recipient' }, admin: { ...readOnly, width: '50%' } },
      {
        name: 'recipientRole',
        type: 'select',
        label: { fr: 'En tant que', en: 'As' },
        options: RECIPIENT_ROLES.map((value) => ({ value, label: RECIPIENT_ROLE_LABELS[value] })),
        admin: { ...readOnly, width: '25%' },
      },
      { name: 'language', type: 'select', required: true, options: ['fr', 'en'], label: { fr: 'Langue', en: 'Language' }, admin: { ...readOnly, width: '25%' } },
    ],
  },
  { name: 'subject', type: 'text', label: { fr: 'Objet', en: 'Subject' }, admin: readOnly },
  {
    type: 'row',
    fields: [
      { name: 'attempts', type: 'number', required: true, defaultValue: 0, label: { fr: 'Tentatives', en: 'Attempts' }, admin: { ...readOnly, width: '25%' } },
      { name: 'lastError', type: 'text', label: { fr: 'Dernière erreur', en: 'Last error' }, admin: { ...readOnly, width: '75%' } },
    ],
  },
  {
    name: 'sentAt',
    type: 'date',
    label: { fr: 'Envoyé le', en: 'Sent at' },
    admin: { ...sidebar, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    // The failure digest reads the failures of the last 24 h by this date.
    name: 'lastAttemptAt',
    type: 'date',
    index: true,
    label: { fr: 'Dernière tentative', en: 'Last attempt' },
    admin: { ...sidebar, date: { pickerAppearance: 'dayAndTime' } },
  },
  { name: 'file', type: 'relationship', relationTo: 'funding-files', index: true, label: { fr: 'Dossier', en: 'File' }, admin: sidebar },
  // The tenant: a structure admin reads the rows of their structure(s) only.
  { name: 'structure', type: 'relationship', relationTo: 'structures', index: true, label: { fr: 'Structure', en: 'Structure' }, admin: sidebar },
  { name: 'recipientUser', type: 'relationship', relationTo: 'users', label: { fr: 'Compte', en: 'Account' }, admin: sidebar },
  {
    type: 'collapsible',
    label: { fr: 'Technique', en: 'Technical' },
    admin: { initCollapsed: true },
    fields: [
      { name: 'idempotencyKey', type: 'text', required: true, unique: true, index: true, admin: readOnly },
      // The request this delivery belongs to: a retried request finds the calendar revision it already chose.
      { name: 'requestKey', type: 'text', index: true, admin: readOnly },
      { name: 'messageId', type: 'text', label: { fr: 'Message-ID SMTP', en: 'SMTP Message-ID' }, admin: readOnly },
      // The request (or timer firing) this mail comes from: the same id in the outbox, the logs and the mail's header.
      { name: 'correlationId', type: 'text', index: true, label: { fr: 'Identifiant de corrélation', en: 'Correlation id' }, admin: readOnly },
      {
        type: 'row',
        fields: [
          // The session's invitation: same UID for every revision, SEQUENCE counts them (RFC 5546).
          { name: 'calendarUid', type: 'text', index: true, label: { fr: 'Invitation (UID)', en: 'Invitation (UID)' }, admin: { ...readOnly, width: '50%' } },
          { name: 'calendarMethod', type: 'select', options: ['REQUEST', 'CANCEL'], label: { fr: 'Méthode', en: 'Method' }, admin: { ...readOnly, width: '25%' } },
          { name: 'calendarSequence', type: 'number', label: { fr: 'Révision', en: 'Revision' }, admin: { ...readOnly, width: '25%' } },
        ],
      },
    ],
  },
]
