import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody, staffOnly } from '../../src/access/roles'

/**
 * The delivery log: one row per (notification, recipient), written before the mail is sent and keyed by an
 * idempotency key, so a retried job or a duplicated event never sends the same mail twice.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: { fr: 'Notification', en: 'Notification' }, plural: { fr: 'Notifications', en: 'Notifications' } },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['kind', 'recipientEmail', 'status', 'attempts', 'sentAt'],
    group: { fr: 'Suivi', en: 'Tracking' },
  },
  access: { read: staffOnly, create: nobody, update: nobody, delete: adminsOnly },
  fields: [
    { name: 'idempotencyKey', type: 'text', required: true, unique: true, index: true },
    { name: 'kind', type: 'text', required: true, index: true },
    { name: 'recipientEmail', type: 'email', required: true },
    { name: 'recipientUser', type: 'relationship', relationTo: 'users' },
    { name: 'fileId', type: 'text', index: true },
    { name: 'language', type: 'select', required: true, options: ['fr', 'en'] },
    { name: 'subject', type: 'text' },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: [
        { value: 'queued', label: { fr: 'En file', en: 'Queued' } },
        { value: 'sent', label: { fr: 'Envoyé', en: 'Sent' } },
        { value: 'failed', label: { fr: 'Échec', en: 'Failed' } },
      ],
    },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'lastError', type: 'text' },
    { name: 'messageId', type: 'text' },
    { name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
