import type { CollectionConfig } from 'payload'
import { date, textarea } from 'payload/shared'
import { adminsOnly, staffOnly } from '../../src/access/roles'
import { ACTION_STATUS_LABELS, actionDoneAtRule, actionOutcomeRule } from '../../src/qualiopi/registers'
import { documentRule } from '../shared/fields/document-rule'
import { optionsFrom } from '../shared/fields/options'
import { federationField } from '../shared/fields/federation'

const DAY_ONLY = { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' }
type Doc = Record<string, unknown>

/**
 * The continuous-improvement log (Qualiopi ind. 32): each action decided from the analysis of appreciations and
 * complaints, with its sources (complaints, survey answers, session reports), who carries it, by when, and what
 * came of it. Coordinators only.
 */
export const ImprovementActions: CollectionConfig = {
  slug: 'improvement-actions',
  labels: {
    singular: { fr: "Action d'amélioration", en: 'Improvement action' },
    plural: { fr: "Actions d'amélioration", en: 'Improvement actions' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'decidedAt', 'owner', 'dueDate', 'status', 'doneAt'],
    group: { fr: 'Qualité', en: 'Quality' },
    description: {
      fr: "Actions d'amélioration continue (Qualiopi, indicateur 32), reliées aux réclamations et appréciations qui les fondent.",
      en: 'Continuous-improvement actions (Qualiopi, indicator 32), linked to the complaints and appreciations behind them.',
    },
  },
  defaultSort: '-decidedAt',
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: adminsOnly },
  fields: [
    // Each federation's quality register is its own (issue 20): derived from the writer when left empty.
    federationField(),
    { name: 'title', type: 'text', required: true, label: { fr: 'Intitulé', en: 'Title' } },
    { name: 'description', type: 'textarea', label: { fr: 'Description', en: 'Description' } },
    {
      name: 'sources',
      type: 'relationship',
      relationTo: ['complaints', 'survey-responses', 'reports'],
      hasMany: true,
      label: { fr: 'Sources (réclamations, réponses, bilans)', en: 'Sources (complaints, answers, reports)' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'decidedAt',
          type: 'date',
          required: true,
          index: true,
          defaultValue: () => new Date().toISOString(),
          label: { fr: 'Décidée le', en: 'Decided on' },
          admin: { width: '34%', date: DAY_ONLY },
        },
        { name: 'owner', type: 'relationship', relationTo: 'users', label: { fr: 'Responsable', en: 'Owner' }, admin: { width: '33%' } },
        { name: 'dueDate', type: 'date', label: { fr: 'Échéance', en: 'Due date' }, admin: { width: '33%', date: DAY_ONLY } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'planned',
          index: true,
          options: optionsFrom(ACTION_STATUS_LABELS),
          label: { fr: 'État', en: 'Status' },
          admin: { width: '50%' },
        },
        {
          name: 'doneAt',
          type: 'date',
          index: true,
          label: { fr: 'Réalisée ou abandonnée le', en: 'Done or abandoned on' },
          admin: { width: '50%', date: DAY_ONLY },
          validate: documentRule('doneAt', date, (doc: Doc) =>
            actionDoneAtRule(doc.status as string, doc.doneAt as string | undefined, doc.decidedAt as string | undefined),
          ),
        },
      ],
    },
    {
      name: 'outcome',
      type: 'textarea',
      label: { fr: 'Résultat (ou motif de l’abandon)', en: 'Outcome (or why it was abandoned)' },
      validate: documentRule('outcome', textarea, (doc: Doc) => actionOutcomeRule(doc.status as string, doc.outcome)),
    },
  ],
}
