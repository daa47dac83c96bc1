import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '../../src/access/roles'
import { lagEndpoint } from './lag-endpoint'

/**
 * Events written in the same transaction as the change that caused them; the relay (worker) publishes them to
 * BullMQ after commit. Read-only in the admin: it is the proof that nothing was lost.
 */
export const OutboxEvents: CollectionConfig = {
  slug: 'outbox-events',
  labels: { singular: { fr: 'Événement (outbox)', en: 'Outbox event' }, plural: { fr: 'Événements (outbox)', en: 'Outbox events' } },
  admin: {
    useAsTitle: 'type',
    defaultColumns: ['type', 'aggregateId', 'status', 'occurredAt', 'publishedAt'],
    group: { fr: 'Système', en: 'System' },
  },
  // A platform table: its events name every federation's files and accounts, so the operators (admins) read it.
  access: { read: adminsOnly, create: nobody, update: nobody, delete: adminsOnly },
  endpoints: [lagEndpoint],
  timestamps: true,
  fields: [
    { name: 'eventId', type: 'text', required: true, unique: true, index: true },
    { name: 'type', type: 'text', required: true, index: true },
    { name: 'aggregate', type: 'text', required: true },
    { name: 'aggregateId', type: 'text', required: true, index: true },
    { name: 'data', type: 'json' },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: { fr: 'En attente', en: 'Pending' } },
        { value: 'published', label: { fr: 'Publié', en: 'Published' } },
      ],
    },
    { name: 'occurredAt', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'publishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    // The request (or timer firing) that caused the event: its jobs, delivery rows, mails and log lines carry it too.
    { name: 'correlationId', type: 'text', index: true },
  ],
}
