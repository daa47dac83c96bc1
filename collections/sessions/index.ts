import { federationField } from '../shared/fields/federation'
import type { CollectionConfig } from 'payload'
import { adminsOnly } from '../../src/access/roles'
import { DEFAULT_ROLE_MIX_TARGET } from '../../src/sessions/job-roles'
import { createSessions, readSessions, writeSessions } from './access/session-access'
import { jobRoleOptions, periodOptions, sessionStatusOptions } from './fields/options'
import { guardSession } from './hooks/guard-session'
import { sessionDatesField } from '../../src/admin/session-dates'

/**
 * One delivery of the programme (domain §4 Session): where, when (half-day slots), who teaches, for which
 * structures. The funding file points at it and reads D (first slot start) and E (last slot end) from `slots`.
 */
export const Sessions: CollectionConfig = {
  slug: 'sessions',
  labels: { singular: { fr: 'Session', en: 'Session' }, plural: { fr: 'Sessions', en: 'Sessions' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'dates', 'venue', 'status'],
    group: { fr: 'Formation', en: 'Training' },
  },
  access: { read: readSessions, create: createSessions, update: writeSessions, delete: adminsOnly },
  hooks: { beforeChange: [guardSession] },
  fields: [
    federationField({ parents: [{ field: 'structures', collection: 'structures' }, { field: 'venue', collection: 'eric-spaces' }] }),
    { name: 'title', type: 'text', required: true, label: { fr: 'Intitulé', en: 'Title' } },
    {
      name: 'programme',
      type: 'relationship',
      relationTo: 'programmes',
      index: true,
      label: { fr: 'Programme', en: 'Programme' },
    },
    {
      name: 'structures',
      type: 'relationship',
      relationTo: 'structures',
      hasMany: true,
      required: true,
      index: true,
      label: { fr: 'Structures', en: 'Structures' },
    },
    {
      name: 'venue',
      type: 'relationship',
      relationTo: 'eric-spaces',
      index: true,
      label: { fr: 'Lieu (espace ERIC)', en: 'Venue (ERIC space)' },
    },
    {
      name: 'facilitators',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      index: true,
      filterOptions: { role: { equals: 'facilitator' } },
      label: { fr: 'Animateurs', en: 'Facilitators' },
    },
    {
      name: 'slots',
      type: 'array',
      label: { fr: 'Demi-journées', en: 'Half-days' },
      labels: { singular: { fr: 'Demi-journée', en: 'Half-day' }, plural: { fr: 'Demi-journées', en: 'Half-days' } },
      admin: { description: { fr: 'Triées par début à l’enregistrement.', en: 'Sorted by start when saved.' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'start',
              type: 'date',
              required: true,
              label: { fr: 'Début', en: 'Start' },
              admin: { width: '40%', date: { pickerAppearance: 'dayAndTime' } },
            },
            {
              name: 'end',
              type: 'date',
              required: true,
              label: { fr: 'Fin', en: 'End' },
              admin: { width: '40%', date: { pickerAppearance: 'dayAndTime' } },
            },
            {
              name: 'period',
              type: 'select',
              required: true,
              options: periodOptions,
              label: { fr: 'Période', en: 'Period' },
              admin: { width: '20%' },
            },
          ],
        },
      ],
    },
    {
      name: 'capacity',
      type: 'group',
      label: { fr: 'Effectif', en: 'Capacity' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'min',
              type: 'number',
              min: 1,
              defaultValue: 8,
              label: { fr: 'Minimum', en: 'Minimum' },
              admin: { width: '50%' },
            },
            {
              name: 'max',
              type: 'number',
              min: 1,
              defaultValue: 15,
              label: { fr: 'Maximum', en: 'Maximum' },
              admin: { width: '50%' },
            },
          ],
        },
      ],
    },
    {
      // The "all job roles" lesson (§5b): each structure should send at least one person of each role listed.
      name: 'roleMixTarget',
      type: 'select',
      hasMany: true,
      options: jobRoleOptions,
      defaultValue: [...DEFAULT_ROLE_MIX_TARGET],
      label: { fr: 'Rôles attendus (au moins un par structure)', en: 'Expected roles (at least one per structure)' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      options: sessionStatusOptions,
      index: true,
      label: { fr: 'Statut', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    // « 08/02/2027 – 10/02/2027 » for the list, computed from the half-days (src/admin/session-dates.ts).
    sessionDatesField,
  ],
}
