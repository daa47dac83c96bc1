import type { CollectionConfig } from 'payload'
import { staffOnly } from '../../src/access/roles'
import { SURVEY_KIND_LABELS } from '../../src/sessions/survey-kinds'
import { teamOnly } from '../shared/access/team'
import { optionsFrom } from '../shared/fields/options'
import { checkQuestions } from './hooks/check-questions'

/**
 * The questions of each kind of questionnaire, as coordinators configure them. A kind with no document here uses
 * the built-in questions (src/sessions/survey-questions.ts). Answers keep the question keys, not the wording.
 */
export const Surveys: CollectionConfig = {
  slug: 'surveys',
  labels: { singular: { fr: 'Questionnaire', en: 'Survey' }, plural: { fr: 'Questionnaires', en: 'Surveys' } },
  admin: { useAsTitle: 'kind', defaultColumns: ['kind', 'updatedAt'], group: { fr: 'Formation', en: 'Training' } },
  access: { read: teamOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeChange: [checkQuestions] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      unique: true,
      options: optionsFrom(SURVEY_KIND_LABELS),
      label: { fr: 'Type', en: 'Kind' },
    },
    { name: 'introFr', type: 'textarea', label: { fr: 'Introduction (français)', en: 'Introduction (French)' } },
    { name: 'introEn', type: 'textarea', label: { fr: 'Introduction (anglais)', en: 'Introduction (English)' } },
    {
      name: 'questions',
      type: 'array',
      required: true,
      minRows: 1,
      label: { fr: 'Questions', en: 'Questions' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true, label: { fr: 'Clé', en: 'Key' }, admin: { width: '30%' } },
            {
              name: 'type',
              type: 'select',
              required: true,
              defaultValue: 'scale',
              options: [
                { value: 'scale', label: { fr: 'Échelle 1 à 5', en: 'Scale 1 to 5' } },
                { value: 'text', label: { fr: 'Texte libre', en: 'Free text' } },
                { value: 'offer', label: { fr: 'Offre de seconde formation', en: 'Second-training offer' } },
              ],
              label: { fr: 'Type', en: 'Type' },
              admin: { width: '25%' },
            },
            {
              name: 'audience',
              type: 'select',
              defaultValue: 'everyone',
              options: [
                { value: 'everyone', label: { fr: 'Tous', en: 'Everyone' } },
                { value: 'direction', label: { fr: 'Direction seulement', en: 'Direction only' } },
              ],
              label: { fr: 'Public', en: 'Audience' },
              admin: { width: '25%' },
            },
            {
              name: 'required',
              type: 'checkbox',
              label: { fr: 'Obligatoire', en: 'Required' },
              admin: { width: '20%' },
            },
          ],
        },
        {
          name: 'labelFr',
          type: 'text',
          required: true,
          label: { fr: 'Question (français)', en: 'Question (French)' },
        },
        {
          name: 'labelEn',
          type: 'text',
          required: true,
          label: { fr: 'Question (anglais)', en: 'Question (English)' },
        },
      ],
    },
  ],
}
