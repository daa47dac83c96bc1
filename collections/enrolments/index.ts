import type { CollectionConfig } from 'payload'
import { isStaff } from '../../src/access/roles'
import { ENROLMENT_STATUS_LABELS } from '../../src/sessions/enrolment-status'
import { optionsFrom } from '../shared/fields/options'
import { createEnrolments, readSessionRecords, systemOrStaffField, updateEnrolments } from './access/enrolment-access'
import { guardEnrolment } from './hooks/guard-enrolment'
import { conveneNewcomer, publishParticipantChange } from './hooks/participant-change'

const doneFlag = (name: string, fr: string, en: string) =>
  ({
    name,
    type: 'checkbox',
    defaultValue: false,
    label: { fr, en },
    access: { create: systemOrStaffField, update: systemOrStaffField },
    admin: { readOnly: true, position: 'sidebar' },
  }) as const

/**
 * A participant on a session's list (domain §4 Enrolment): status from invitation to attendance outcome, hours
 * attended (computed from the signed half-days), and which questionnaires they answered (reminders skip them).
 */
export const Enrolments: CollectionConfig = {
  slug: 'enrolments',
  labels: { singular: { fr: 'Inscription', en: 'Enrolment' }, plural: { fr: 'Inscriptions', en: 'Enrolments' } },
  admin: {
    defaultColumns: ['participant', 'session', 'status', 'hoursAttended'],
    group: { fr: 'Formation', en: 'Training' },
  },
  access: {
    read: readSessionRecords,
    create: createEnrolments,
    update: updateEnrolments,
    delete: ({ req }) => isStaff(req),
  },
  hooks: { beforeChange: [guardEnrolment, conveneNewcomer], afterChange: [publishParticipantChange] },
  fields: [
    { name: 'session', type: 'relationship', relationTo: 'sessions', required: true, index: true, label: 'Session' },
    {
      name: 'participant',
      type: 'relationship',
      relationTo: 'participants',
      required: true,
      index: true,
      label: { fr: 'Participant', en: 'Participant' },
    },
    {
      // Copied from the participant: the tenant of the enrolment, its attendance and its answers.
      name: 'structure',
      type: 'relationship',
      relationTo: 'structures',
      index: true,
      label: { fr: 'Structure', en: 'Structure' },
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'invited',
      index: true,
      options: optionsFrom(ENROLMENT_STATUS_LABELS),
      label: { fr: 'Statut', en: 'Status' },
    },
    {
      name: 'hoursAttended',
      type: 'number',
      defaultValue: 0,
      min: 0,
      label: { fr: 'Heures suivies', en: 'Hours attended' },
      access: { create: systemOrStaffField, update: systemOrStaffField },
      admin: {
        readOnly: true,
        description: { fr: 'Calculé à partir des demi-journées signées.', en: 'Computed from the signed half-days.' },
      },
    },
    doneFlag('positioningDone', 'Positionnement rempli', 'Positioning answered'),
    doneFlag('hotDone', 'Questionnaire à chaud rempli', 'Hot survey answered'),
    doneFlag('coldDone', 'Questionnaire à froid rempli', 'Cold survey answered'),
    doneFlag('directorDone', 'Questionnaire direction rempli', 'Director survey answered'),
  ],
}
