import type { ArrayField } from 'payload'
import { optionsFrom } from '../../shared/fields/options'
import { MODULE_KINDS } from './options'
import { templateModuleField } from './template'

/**
 * The ordered modules of the programme (array order is the teaching order). A protected module cannot be
 * removed, shortened or unprotected except by an admin: see hooks/guard-protected-modules.
 */
export const modulesField: ArrayField = {
  name: 'modules',
  type: 'array',
  label: { fr: 'Modules', en: 'Modules' },
  labels: { singular: { fr: 'Module', en: 'Module' }, plural: { fr: 'Modules', en: 'Modules' } },
  admin: {
    initCollapsed: true,
    description: {
      fr: 'Dans l’ordre du déroulé. Un module protégé (le « pourquoi ») ne peut être ni supprimé ni raccourci, sauf par un administrateur.',
      en: 'In teaching order. A protected module (the "why") can be neither removed nor shortened, except by an administrator.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' }, admin: { width: '50%' } },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'usages',
          options: optionsFrom(MODULE_KINDS),
          label: { fr: 'Nature', en: 'Kind' },
          admin: { width: '25%' },
        },
        {
          name: 'minutes',
          type: 'number',
          required: true,
          min: 15,
          max: 21 * 60,
          label: { fr: 'Durée (minutes)', en: 'Length (minutes)' },
          admin: { width: '25%', step: 15 },
        },
      ],
    },
    { name: 'objectives', type: 'textarea', label: { fr: 'Objectifs', en: 'Objectives' } },
    {
      name: 'protected',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Protégé (ne peut être ni coupé ni raccourci)', en: 'Protected (cannot be cut or shortened)' },
    },
    templateModuleField,
  ],
}
