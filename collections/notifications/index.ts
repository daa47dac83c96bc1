import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody } from '../../src/access/roles'
import { readNotifications } from './access/read-notifications'
import { previewEndpoint } from './endpoints/preview'
import { notificationFields } from './fields'

/**
 * The delivery log: one row per (notification, recipient), written before the mail is sent and keyed by an
 * idempotency key, so a retried job or a duplicated event never sends the same mail twice. Only the mail jobs
 * write it (`overrideAccess: true`); a funding file lists its own rows (the `deliveries` join on `file`).
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: { fr: 'Notification', en: 'Notification' }, plural: { fr: 'Notifications', en: 'Notifications' } },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['kind', 'recipientEmail', 'status', 'attempts', 'lastError', 'sentAt', 'file'],
    listSearchableFields: ['recipientEmail', 'subject', 'idempotencyKey'],
    group: { fr: 'Suivi', en: 'Tracking' },
  },
  defaultSort: '-createdAt',
  access: { read: readNotifications, create: nobody, update: nobody, delete: adminsOnly },
  endpoints: [previewEndpoint],
  fields: notificationFields,
}
