import type { CollectionConfig } from 'payload'
import { Notifications } from './notifications'
import { OutboxEvents } from './outbox-events'
import { Users } from './users'

/** Every collection, in the order the admin navigation shows them. */
export const collections: CollectionConfig[] = [Users, Notifications, OutboxEvents]
