import type { CollectionConfig } from 'payload'
import { date, textarea } from 'payload/shared'
import { adminsOnly, staffOnly } from '../../src/access/roles'
import {
  COMPLAINANT_LABELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_STATUS_LABELS,
  complaintAcknowledgedAtRule,
  complaintAnsweredAtRule,
  complaintAnswerRule,
} from '../../src/qualiopi/registers'
import { staffOnlyField } from '../shared/access/team'
import { documentRule } from '../shared/fields/document-rule'
import { optionsFrom } from '../shared/fields/options'
import { createComplaints, readComplaints } from './access'
import { defaultComplaintStructure, guardComplaintStructure } from './hooks/guard-complaint-structure'

const DAY_ONLY = { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' }
/** Handling the complaint (acknowledgement, answer, status) is the federation's: a structure admin only files it. */
const handledByStaff = { create: staffOnlyField, update: staffOnlyField }
type Doc = Record<string, unknown>
const dateOf = (doc: Doc, name: string) => doc[name] as string | undefined

/**
 * The complaint register (Qualiopi ind. 31): every difficulty or complaint received in writing or orally, its
 * acknowledgement, the written answer and when it was given. Coordinators keep it; a structure admin files a
 * complaint about their structure's training and reads their own. Improvement actions cite complaints as sources.
 */
export const Complaints: CollectionConfig = {
  slug: 'complaints',
  labels: { singular: { fr: 'Réclamation', en: 'Complaint' }, plural: { fr: 'Réclamations', en: 'Complaints' } },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['receivedAt', 'subject', 'structure', 'status', 'answeredAt'],
    group: { fr: 'Qualité', en: 'Quality' },
    description: {
      fr: 'Registre des réclamations (Qualiopi, indicateur 31) : réception, accusé de réception, réponse écrite.',
      en: 'Complaint register (Qualiopi, indicator 31): receipt, acknowledgement, written answer.',
    },
  },
  defaultSort: '-receivedAt',
  access: { read: readComplaints, create: createComplaints, update: staffOnly, delete: adminsOnly },
  hooks: { beforeValidate: [defaultComplaintStructure], beforeChange: [guardComplaintStructure] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'receivedAt',
          type: 'date',
          required: true,
          index: true,
          defaultValue: () => new Date().toISOString(),
          label: { fr: 'Reçue le', en: 'Received on' },
          admin: { width: '34%', date: DAY_ONLY },
        },
        {
          name: 'channel',
          type: 'select',
          required: true,
          defaultValue: 'email',
          options: optionsFrom(COMPLAINT_CHANNEL_LABELS),
          label: { fr: 'Canal', en: 'Channel' },
          admin: { width: '33%' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'received',
          index: true,
          options: optionsFrom(COMPLAINT_STATUS_LABELS),
          label: { fr: 'État', en: 'Status' },
          access: handledByStaff,
          admin: { width: '33%' },
        },
      ],
    },
    {
      name: 'from',
      type: 'group',
      label: { fr: 'Émise par', en: 'From' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' }, admin: { width: '50%' } },
            {
              name: 'role',
              type: 'select',
              required: true,
              options: optionsFrom(COMPLAINANT_LABELS),
              label: { fr: 'Qualité', en: 'As' },
              admin: { width: '50%' },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'structure', type: 'relationship', relationTo: 'structures', index: true, label: { fr: 'Structure', en: 'Structure' }, admin: { width: '50%' } },
        { name: 'session', type: 'relationship', relationTo: 'sessions', index: true, label: 'Session', admin: { width: '50%' } },
      ],
    },
    { name: 'subject', type: 'text', required: true, label: { fr: 'Objet', en: 'Subject' } },
    { name: 'description', type: 'textarea', required: true, label: { fr: 'Exposé', en: 'Description' } },
    {
      type: 'collapsible',
      label: { fr: 'Traitement', en: 'Handling' },
      fields: [
        {
          name: 'acknowledgedAt',
          type: 'date',
          label: { fr: 'Accusé de réception le', en: 'Acknowledged on' },
          access: handledByStaff,
          admin: { date: DAY_ONLY },
          validate: documentRule('acknowledgedAt', date, (doc: Doc) =>
            complaintAcknowledgedAtRule(doc.status as string, dateOf(doc, 'acknowledgedAt'), dateOf(doc, 'receivedAt')),
          ),
        },
        {
          name: 'answer',
          type: 'textarea',
          label: { fr: 'Réponse apportée', en: 'Answer given' },
          access: handledByStaff,
          validate: documentRule('answer', textarea, (doc: Doc) => complaintAnswerRule(doc.status as string, doc.answer)),
        },
        {
          name: 'answeredAt',
          type: 'date',
          label: { fr: 'Répondu le', en: 'Answered on' },
          access: handledByStaff,
          admin: { date: DAY_ONLY },
          validate: documentRule('answeredAt', date, (doc: Doc) =>
            complaintAnsweredAtRule(doc.status as string, dateOf(doc, 'answeredAt'), dateOf(doc, 'receivedAt')),
          ),
        },
      ],
    },
  ],
}
