import type { Field } from 'payload'
import { signedInField, teamOnlyField } from '../../shared/access/team'

/**
 * The non-public part of a campaign. Field-level read access hides it from the public API (REST and GraphQL
 * alike): the kit goes to signed-in structures and facilitators, the lists and notes stay with the team.
 */
export const internalCampaignFields: Field[] = [
  {
    name: 'assets',
    type: 'group',
    label: { fr: 'Kit remis aux structures', en: 'Kit given to structures' },
    access: { read: signedInField },
    fields: [
      { name: 'presentation', type: 'upload', relationTo: 'media', label: { fr: 'Présentation', en: 'Presentation' } },
      { name: 'procedure', type: 'upload', relationTo: 'media', label: { fr: 'Procédure', en: 'Procedure' } },
      {
        name: 'documentation',
        type: 'upload',
        relationTo: 'media',
        hasMany: true,
        label: { fr: 'Documentation', en: 'Documentation' },
      },
    ],
  },
  {
    name: 'structures',
    type: 'relationship',
    relationTo: 'structures',
    hasMany: true,
    label: { fr: 'Structures engagées', en: 'Structures taking part' },
    access: { read: teamOnlyField },
  },
  {
    name: 'ericSpaces',
    type: 'relationship',
    relationTo: 'eric-spaces',
    hasMany: true,
    label: { fr: 'Espaces ERIC engagés', en: 'ERIC spaces taking part' },
    access: { read: teamOnlyField },
  },
  {
    name: 'internalNotes',
    type: 'textarea',
    label: { fr: 'Notes internes', en: 'Internal notes' },
    access: { read: teamOnlyField },
  },
]
