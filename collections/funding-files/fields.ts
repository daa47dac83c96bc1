import { federationField } from '../shared/fields/federation'
import type { Field } from 'payload'
import { BILLING_STATES, BILLING_STATE_LABELS, FILE_STATES, FILE_STATE_LABELS } from '../../src/workflow'
import { OPCOS } from '../../src/validation/idcc'
import { GENERATED_DOCUMENTS } from '../../src/documents/kinds'
import { optionsFrom } from '../shared/fields/options'

const readOnlySidebar = { position: 'sidebar' as const, readOnly: true }
const DAY_ONLY = { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' }
const money = (name: string, fr: string, en: string): Field => ({
  name,
  type: 'number',
  min: 0,
  label: { fr, en },
  admin: { step: 0.01, width: '33%' },
})

const DOCUMENT_TYPES = {
  needs: { fr: 'Analyse du besoin', en: 'Needs analysis' },
  devis: { fr: 'Devis', en: 'Quote' },
  programme: { fr: 'Programme', en: 'Programme' },
  convention: { fr: 'Convention de formation', en: 'Training agreement' },
  participantList: { fr: 'Liste des participants', en: 'Participant list' },
  dpcReceipt: { fr: 'Accusé de dépôt DPC', en: 'Funding request receipt' },
  apc: { fr: 'Accord de prise en charge (APC)', en: 'OPCO approval (APC)' },
  opcoInfoRequest: { fr: "Demande d'information OPCO", en: 'OPCO information request' },
  // Built by essaim (src/documents): convocations, attendance sheets, attestations, certificats, DPC pack, report.
  ...GENERATED_DOCUMENTS,
  other: { fr: 'Autre', en: 'Other' },
} as const

export const fundingFileFields: Field[] = [
  federationField({ parents: [{ field: 'structure', collection: 'structures' }] }),
  {
    type: 'row',
    fields: [
      { name: 'reference', type: 'text', unique: true, index: true, label: { fr: 'Référence', en: 'Reference' }, admin: { readOnly: true, width: '34%' } },
      { name: 'structure', type: 'relationship', relationTo: 'structures', required: true, index: true, label: { fr: 'Structure', en: 'Structure' }, admin: { width: '33%' } },
      { name: 'session', type: 'relationship', relationTo: 'sessions', index: true, label: { fr: 'Session', en: 'Session' }, admin: { width: '33%' } },
    ],
  },
  // Who of the structure is enrolled in the session, and the job roles nobody holds yet (no data of its own).
  { name: 'roleMix', type: 'ui', admin: { components: { Field: '/collections/funding-files/components/role-mix-notice#RoleMixNotice' } } },
  {
    type: 'row',
    fields: [
      { name: 'opco', type: 'select', options: optionsFrom(OPCOS), label: 'OPCO', admin: { width: '34%' } },
      { name: 'opcoRef', type: 'text', label: { fr: 'Référence OPCO', en: 'OPCO reference' }, admin: { width: '33%' } },
      { name: 'submittedAt', type: 'date', label: { fr: 'Déposé le', en: 'Filed on' }, admin: { width: '33%', date: DAY_ONLY } },
    ],
  },
  {
    type: 'collapsible',
    label: { fr: 'Demande et accord', en: 'Request and approval' },
    fields: [
      {
        type: 'row',
        fields: [
          money('requestedAmount', 'Montant demandé (€ HT)', 'Requested amount (€ excl. VAT)'),
          { name: 'requestedHours', type: 'number', min: 0, defaultValue: 21, label: { fr: 'Heures demandées', en: 'Requested hours' }, admin: { width: '33%' } },
          { name: 'requestedTrainees', type: 'number', min: 0, label: { fr: 'Stagiaires', en: 'Trainees' }, admin: { width: '33%' } },
        ],
      },
      {
        type: 'row',
        fields: [
          money('agreedAmount', 'Montant accordé (€ HT)', 'Agreed amount (€ excl. VAT)'),
          { name: 'validUntil', type: 'date', label: { fr: "Accord valable jusqu'au", en: 'Approval valid until' }, admin: { width: '33%', date: DAY_ONLY } },
          money('remainder', 'Reste à charge (€)', 'Remainder (€)'),
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'subrogation', type: 'checkbox', defaultValue: true, label: { fr: 'Subrogation de paiement', en: 'Payment subrogation' } },
          { name: 'selfFunded', type: 'checkbox', label: { fr: 'Autofinancé', en: 'Self-funded' }, admin: { readOnly: true } },
          { name: 'coFunded', type: 'checkbox', label: { fr: 'Cofinancé', en: 'Co-funded' } },
        ],
      },
      { name: 'refusalReason', type: 'textarea', label: { fr: 'Motif du refus', en: 'Refusal reason' }, admin: { readOnly: true } },
    ],
  },
  {
    name: 'checklist',
    type: 'group',
    label: { fr: 'Pièces du dossier (passage automatique à « prêt »)', en: 'File items (automatic move to "ready")' },
    fields: [
      { name: 'devisSigned', type: 'checkbox', label: { fr: 'Devis signé par les deux parties', en: 'Quote signed by both parties' } },
      { name: 'conventionSigned', type: 'checkbox', label: { fr: 'Convention signée par les deux parties', en: 'Agreement signed by both parties' } },
      { name: 'programmeAttached', type: 'checkbox', label: { fr: 'Programme joint', en: 'Programme attached' } },
    ],
  },
  {
    name: 'evidence',
    type: 'group',
    label: { fr: 'Preuves de réalisation', en: 'Evidence of delivery' },
    admin: { condition: (data) => ['delivered', 'evidence_ready', 'follow_up', 'reported', 'closed'].includes(String(data?.status)) },
    fields: [
      { name: 'sheetsSigned', type: 'checkbox', label: { fr: "Feuilles d'émargement signées", en: 'Attendance sheets signed' } },
      { name: 'sheetsCountersigned', type: 'checkbox', label: { fr: 'Feuilles contresignées par le formateur', en: 'Sheets countersigned by the trainer' } },
      { name: 'hoursComputed', type: 'checkbox', label: { fr: 'Heures calculées', en: 'Hours computed' } },
      { name: 'certificatsSigned', type: 'checkbox', label: { fr: 'Certificats de réalisation signés', en: 'Completion certificates signed' } },
    ],
  },
  { name: 'reportValidated', type: 'checkbox', label: { fr: 'Bilan validé', en: 'Report validated' }, admin: { position: 'sidebar' } },
  {
    name: 'documents',
    type: 'array',
    label: { fr: 'Documents', en: 'Documents' },
    fields: [
      { name: 'type', type: 'select', required: true, options: optionsFrom(DOCUMENT_TYPES), label: { fr: 'Type', en: 'Type' } },
      { name: 'title', type: 'text', label: { fr: 'Intitulé', en: 'Title' } },
      { name: 'file', type: 'upload', relationTo: 'media', label: { fr: 'Fichier', en: 'File' } },
      { name: 'version', type: 'number', defaultValue: 1, label: { fr: 'Version', en: 'Version' } },
    ],
  },
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    options: FILE_STATES.map((value) => ({ value, label: FILE_STATE_LABELS[value] })),
    label: { fr: 'État du dossier', en: 'File status' },
    admin: readOnlySidebar,
  },
  {
    name: 'billingStatus',
    type: 'select',
    required: true,
    defaultValue: 'none',
    options: BILLING_STATES.map((value) => ({ value, label: BILLING_STATE_LABELS[value] })),
    label: { fr: 'Facturation', en: 'Billing' },
    admin: readOnlySidebar,
  },
  { name: 'deadline', type: 'date', label: { fr: 'Date limite de dépôt', en: 'Last day to file' }, admin: { ...readOnlySidebar, date: DAY_ONLY } },
  { name: 'sessionStart', type: 'date', index: true, label: { fr: 'Début de session', en: 'Session start' }, admin: readOnlySidebar },
  { name: 'coldSurveySentAt', type: 'date', admin: { hidden: true } },
  { name: 'timerSeq', type: 'json', admin: { hidden: true } },
  {
    name: 'timeline',
    type: 'join',
    collection: 'audit-events',
    on: 'file',
    defaultSort: 'at',
    label: { fr: 'Historique', en: 'Timeline' },
    // A history is written by the moves, never added to by hand: no « Ajouter » button above it.
    admin: { allowCreate: false, defaultColumns: ['at', 'summary', 'actorName', 'reason'] },
  },
  {
    // The file's mails with their delivery status: a failed one shows here with its error (collections/notifications).
    name: 'deliveries',
    type: 'join',
    collection: 'notifications',
    on: 'file',
    defaultSort: '-createdAt',
    defaultLimit: 25,
    label: { fr: 'E-mails', en: 'E-mails' },
    admin: { allowCreate: false, defaultColumns: ['kind', 'recipientEmail', 'status', 'attempts', 'lastError', 'sentAt'] },
  },
]
