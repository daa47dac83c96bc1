import { federationField } from '../shared/fields/federation'
import type { CollectionConfig, Field } from 'payload'
import { adminsOnly, staffOnly } from '../../src/access/roles'
import { OPCOS, normalizeIdcc, validateIdcc } from '../../src/validation/idcc'
import { validateEmail } from '../../src/validation/email'
import { normalizeSiret, validateSiret } from '../../src/validation/siret'
import { staffOnlyField } from '../shared/access/team'
import { addressFields } from '../shared/fields/address'
import { optionsFrom } from '../shared/fields/options'
import { restrictUpdates } from '../shared/fields/restrict-updates'
import { readStructures } from './access/read-structures'
import { structureEndpoints } from './endpoints'
import { contactStatusEditors, notFacilitator, updateStructures } from './access/update-structures'
import { STEP_LABELS } from '../campaigns/fields/options'
import { CONTACT_STATUSES, HEADCOUNT_BANDS, STRUCTURE_TYPES } from './fields/options'
import { deriveOpco } from './hooks/derive-opco'
import { stampContactStatus } from './hooks/stamp-contact-status'

const fields: Field[] = [
  { name: 'name', type: 'text', required: true, index: true, label: { fr: 'Nom', en: 'Name' } },
  {
    name: 'managingAssociation',
    type: 'text',
    label: { fr: 'Association gestionnaire', en: 'Managing association' },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'type',
        type: 'select',
        required: true,
        options: optionsFrom(STRUCTURE_TYPES),
        label: { fr: 'Type', en: 'Type' },
        admin: { width: '50%' },
      },
      {
        name: 'headcountBand',
        type: 'select',
        options: optionsFrom(HEADCOUNT_BANDS),
        label: { fr: 'Effectif', en: 'Headcount' },
        admin: {
          width: '50%',
          description: {
            fr: 'À 50 salariés et plus, les fonds mutualisés de l’OPCO ne s’appliquent pas.',
            en: 'From 50 employees, the OPCO’s mutualised funds do not apply.',
          },
        },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'siret',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        label: 'SIRET',
        hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normalizeSiret(value) : value)] },
        validate: (value: unknown) => validateSiret(value),
        admin: { width: '40%' },
      },
      {
        name: 'idcc',
        type: 'text',
        label: { fr: 'IDCC (convention collective)', en: 'IDCC (collective agreement)' },
        hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normalizeIdcc(value) : value)] },
        validate: (value: unknown) => validateIdcc(value),
        admin: { width: '25%' },
      },
      {
        name: 'opco',
        type: 'select',
        options: optionsFrom(OPCOS),
        label: 'OPCO',
        admin: {
          width: '35%',
          description: { fr: 'Déduit de l’IDCC, modifiable.', en: 'Derived from the IDCC; editable.' },
        },
      },
    ],
  },
  ...addressFields(),
  {
    name: 'contactEmail',
    type: 'text',
    label: { fr: 'E-mail de contact', en: 'Contact e-mail' },
    validate: (value: unknown) => validateEmail(value),
  },
  {
    name: 'partnerEric',
    type: 'relationship',
    relationTo: 'eric-spaces',
    index: true,
    label: { fr: 'Espace ERIC partenaire', en: 'Partner ERIC space' },
    access: { create: staffOnlyField, update: staffOnlyField },
    admin: { position: 'sidebar' },
  },
  {
    name: 'assignedFacilitator',
    type: 'relationship',
    relationTo: 'facilitators',
    index: true,
    label: { fr: 'Animateur référent', en: 'Assigned facilitator' },
    access: { create: staffOnlyField, update: staffOnlyField },
    admin: { position: 'sidebar' },
  },
  {
    name: 'contactStatus',
    type: 'select',
    required: true,
    defaultValue: 'to-approach',
    options: optionsFrom(CONTACT_STATUSES),
    label: { fr: 'Suivi du contact', en: 'Contact status' },
    access: { create: staffOnlyField, update: contactStatusEditors },
    admin: { position: 'sidebar' },
  },
  {
    // Which step the contact status is about: « second » once a director asked for the second, operational training
    // (the status then starts again at « to approach »; src/campaigns/second-step.ts).
    name: 'contactStep',
    type: 'select',
    defaultValue: 'first',
    options: optionsFrom(STEP_LABELS),
    label: { fr: 'Étape suivie', en: 'Step followed' },
    access: { create: staffOnlyField, update: staffOnlyField },
    admin: { position: 'sidebar' },
  },
  {
    name: 'contactStatusChangedAt',
    type: 'date',
    label: { fr: 'Statut modifié le', en: 'Status changed on' },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    // Set by the campaign mails' one-click unsubscribe (RFC 8058): the kit mailing skips the structure from then on.
    name: 'campaignOptOutAt',
    type: 'date',
    label: { fr: 'Désabonné des campagnes le', en: 'Unsubscribed from campaigns on' },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'campaignOptOutEmail',
    type: 'text',
    label: { fr: 'Désabonnement demandé par', en: 'Unsubscribe asked by' },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    // A call or a visit that changed nothing in the status still counts as touching the structure (30-day nudge).
    name: 'lastContactAt',
    type: 'date',
    label: { fr: 'Dernier contact', en: 'Last contact' },
    access: { create: staffOnlyField, update: contactStatusEditors },
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
  },
  {
    // Set by the daily worklist job: one nudge per stale period (see src/campaigns/worklist.ts).
    name: 'worklistNudgedAt',
    type: 'date',
    label: { fr: 'Relance animateur envoyée le', en: 'Facilitator nudged on' },
    access: { create: staffOnlyField, update: staffOnlyField },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'admins',
    type: 'join',
    collection: 'users',
    on: 'structures',
    label: { fr: 'Administrateurs de la structure', en: 'Structure administrators' },
  },
  {
    name: 'campaigns',
    type: 'join',
    collection: 'campaigns',
    on: 'structures',
    label: { fr: 'Campagnes', en: 'Campaigns' },
  },
]

/** The member structures: the tenants of essaim. Each structure admin sees and edits only their own. */
export const Structures: CollectionConfig = {
  slug: 'structures',
  labels: { singular: { fr: 'Structure', en: 'Structure' }, plural: { fr: 'Structures', en: 'Structures' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'commune', 'departement', 'contactStatus', 'contactStep'],
    listSearchableFields: ['name', 'siret', 'commune'],
    group: { fr: 'Réseau', en: 'Network' },
    components: { beforeListTable: ['/collections/imports/components/export-links#ExportLinks'] },
  },
  access: { read: readStructures, create: staffOnly, update: updateStructures, delete: adminsOnly },
  hooks: { beforeChange: [deriveOpco, stampContactStatus] },
  endpoints: structureEndpoints,
  fields: restrictUpdates([...fields, federationField()], notFacilitator, ['contactStatus', 'lastContactAt']),
}
