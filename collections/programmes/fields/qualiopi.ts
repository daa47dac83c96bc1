import type { Field } from 'payload'
import { validateEmail } from '../../../src/validation/email'

/**
 * The public information Qualiopi indicator 1 requires of a training offer: objectives, prerequisites, public,
 * duration, access delay, methods, evaluation, accessibility, price and contacts. The "last update" date is
 * `lastReviewedAt`, stamped at each publication.
 */
export const qualiopiFields: Field[] = [
  {
    name: 'objectives',
    type: 'array',
    required: true,
    minRows: 1,
    label: { fr: 'Objectifs pédagogiques', en: 'Learning objectives' },
    labels: { singular: { fr: 'Objectif', en: 'Objective' }, plural: { fr: 'Objectifs', en: 'Objectives' } },
    fields: [{ name: 'text', type: 'text', required: true, label: { fr: 'Objectif', en: 'Objective' } }],
  },
  { name: 'audience', type: 'textarea', required: true, label: { fr: 'Public visé', en: 'Intended audience' } },
  { name: 'prerequisites', type: 'textarea', required: true, label: { fr: 'Prérequis', en: 'Prerequisites' } },
  {
    type: 'row',
    fields: [
      {
        name: 'durationHours',
        type: 'number',
        required: true,
        min: 1,
        defaultValue: 21,
        label: { fr: 'Durée (heures)', en: 'Length (hours)' },
        admin: { width: '50%' },
      },
      {
        name: 'durationDays',
        type: 'number',
        min: 1,
        defaultValue: 3,
        label: { fr: 'Durée (jours)', en: 'Length (days)' },
        admin: { width: '50%' },
      },
    ],
  },
  { name: 'accessDelay', type: 'textarea', label: { fr: 'Délai d’accès', en: 'Access delay' } },
  { name: 'methods', type: 'textarea', required: true, label: { fr: 'Méthodes pédagogiques', en: 'Teaching methods' } },
  { name: 'evaluation', type: 'textarea', required: true, label: { fr: 'Modalités d’évaluation', en: 'Assessment' } },
  {
    name: 'accessibility',
    type: 'textarea',
    required: true,
    label: { fr: 'Accessibilité (handicap)', en: 'Accessibility (disability)' },
  },
  {
    name: 'price',
    type: 'group',
    label: { fr: 'Tarif', en: 'Price' },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'amountPerDay',
            type: 'number',
            min: 0,
            label: { fr: 'Par jour et par groupe (€ HT)', en: 'Per day and group (€ excl. VAT)' },
            admin: { width: '50%' },
          },
          {
            name: 'vatExempt',
            type: 'checkbox',
            defaultValue: true,
            label: { fr: 'Exonéré de TVA', en: 'VAT exempt' },
            admin: { width: '50%' },
          },
        ],
      },
      { name: 'notes', type: 'text', label: { fr: 'Précisions', en: 'Notes' } },
    ],
  },
  {
    name: 'contacts',
    type: 'array',
    label: { fr: 'Contacts', en: 'Contacts' },
    labels: { singular: { fr: 'Contact', en: 'Contact' }, plural: { fr: 'Contacts', en: 'Contacts' } },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
          { name: 'role', type: 'text', label: { fr: 'Fonction', en: 'Role' } },
          { name: 'email', type: 'text', label: 'E-mail', validate: (value: unknown) => validateEmail(value) },
          { name: 'phone', type: 'text', label: { fr: 'Téléphone', en: 'Phone' } },
        ],
      },
    ],
  },
]
