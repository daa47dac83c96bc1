import type { CollectionConfig } from 'payload'
import { isStaff } from '../../src/access/roles'
import { readSessionRecords } from '../enrolments/access/enrolment-access'
import { recomputeHoursAfterChange, recomputeHoursAfterDelete } from './hooks/recompute-hours'
import { stampAttendance } from './hooks/stamp-attendance'

/**
 * One line of a half-day attendance sheet (domain §4 Attendance, Code du travail R6332-26): a participant's
 * signature or the facilitator's "absent" mark, and the facilitator's countersignature of the sheet. Written
 * through personal links; staff enter scanned paper sheets.
 */
export const Attendance: CollectionConfig = {
  slug: 'attendance',
  labels: { singular: { fr: 'Émargement', en: 'Attendance' }, plural: { fr: 'Émargements', en: 'Attendance' } },
  admin: {
    defaultColumns: ['participant', 'session', 'slotIndex', 'status', 'signedAt', 'countersignedAt'],
    group: { fr: 'Formation', en: 'Training' },
  },
  access: {
    read: readSessionRecords,
    create: ({ req }) => isStaff(req),
    update: ({ req }) => isStaff(req),
    delete: ({ req }) => isStaff(req),
  },
  hooks: {
    beforeChange: [stampAttendance],
    afterChange: [recomputeHoursAfterChange],
    afterDelete: [recomputeHoursAfterDelete],
  },
  fields: [
    {
      name: 'enrolment',
      type: 'relationship',
      relationTo: 'enrolments',
      required: true,
      index: true,
      label: { fr: 'Inscription', en: 'Enrolment' },
    },
    {
      name: 'slotIndex',
      type: 'number',
      required: true,
      min: 0,
      label: { fr: 'Demi-journée n°', en: 'Half-day no.' },
      // Stored from 0 (the slot's index), shown from 1 (src/admin/fields/half-day-number.tsx).
      admin: {
        components: {
          Field: '/src/admin/fields/half-day-number#HalfDayNumberField',
          Cell: '/src/admin/fields/half-day-number#HalfDayNumberCell',
        },
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'signed',
      index: true,
      options: [
        { value: 'signed', label: { fr: 'Signé', en: 'Signed' } },
        { value: 'absent', label: { fr: 'Absent', en: 'Absent' } },
      ],
      label: { fr: 'État', en: 'State' },
    },
    {
      name: 'signedAt',
      type: 'date',
      label: { fr: 'Signé le', en: 'Signed at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'method',
      type: 'select',
      defaultValue: 'e-sign',
      options: [
        { value: 'e-sign', label: { fr: 'Signature électronique', en: 'E-signature' } },
        { value: 'paper-scan', label: { fr: 'Feuille papier numérisée', en: 'Scanned paper sheet' } },
      ],
      label: { fr: 'Mode', en: 'Method' },
    },
    {
      name: 'countersignedAt',
      type: 'date',
      label: { fr: 'Contresigné le', en: 'Countersigned at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'countersignedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { fr: 'Contresigné par', en: 'Countersigned by' },
    },
    // Copied from the enrolment by a hook.
    { name: 'session', type: 'relationship', relationTo: 'sessions', index: true, admin: { readOnly: true } },
    { name: 'participant', type: 'relationship', relationTo: 'participants', index: true, admin: { readOnly: true } },
    { name: 'structure', type: 'relationship', relationTo: 'structures', index: true, admin: { readOnly: true } },
    { name: 'line', type: 'text', unique: true, admin: { hidden: true } },
  ],
}
