import type { CollectionConfig } from 'payload'
import { adminsOnly, nobody, staffOnly } from '../../src/access/roles'
import { OFFER_LABELS } from '../../src/sessions/survey-questions'
import { SURVEY_KIND_LABELS } from '../../src/sessions/survey-kinds'
import { optionsFrom } from '../shared/fields/options'
import { leadSecondStep } from './hooks/lead-second-step'
import { markAnswered } from './hooks/mark-answered'

/**
 * One answered questionnaire (Qualiopi ind. 11 and 30: kept as proof). Written only through personal links;
 * read by staff (session report, result indicators). `respondentKey` is unique: one answer per person, session
 * and kind, whatever the number of links they received.
 */
export const SurveyResponses: CollectionConfig = {
  slug: 'survey-responses',
  labels: {
    singular: { fr: 'Réponse', en: 'Response' },
    plural: { fr: 'Réponses aux questionnaires', en: 'Survey responses' },
  },
  admin: {
    defaultColumns: ['kind', 'session', 'participant', 'submittedAt', 'secondTrainingInterest'],
    group: { fr: 'Formation', en: 'Training' },
  },
  access: { read: staffOnly, create: nobody, update: nobody, delete: adminsOnly },
  hooks: { afterChange: [markAnswered, leadSecondStep] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: optionsFrom(SURVEY_KIND_LABELS),
      label: { fr: 'Type', en: 'Kind' },
    },
    { name: 'session', type: 'relationship', relationTo: 'sessions', required: true, index: true, label: 'Session' },
    {
      name: 'enrolment',
      type: 'relationship',
      relationTo: 'enrolments',
      index: true,
      label: { fr: 'Inscription', en: 'Enrolment' },
    },
    {
      name: 'participant',
      type: 'relationship',
      relationTo: 'participants',
      index: true,
      label: { fr: 'Participant', en: 'Participant' },
    },
    {
      // Facilitators and directors without a participant record answer as themselves.
      name: 'respondent',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { fr: 'Répondant (compte)', en: 'Respondent (account)' },
    },
    {
      name: 'structure',
      type: 'relationship',
      relationTo: 'structures',
      index: true,
      label: { fr: 'Structure', en: 'Structure' },
    },
    { name: 'language', type: 'select', options: ['fr', 'en'], label: { fr: 'Langue', en: 'Language' } },
    { name: 'submittedAt', type: 'date', required: true, index: true, label: { fr: 'Reçue le', en: 'Received at' } },
    {
      name: 'answers',
      type: 'array',
      label: { fr: 'Réponses', en: 'Answers' },
      fields: [
        { name: 'key', type: 'text', required: true },
        { name: 'scale', type: 'number', min: 1, max: 5 },
        { name: 'text', type: 'textarea' },
        { name: 'choice', type: 'text' },
      ],
    },
    {
      // The director's answer to the offer of a second, operational training: "interested" makes a lead of the second-step campaign (hooks/lead-second-step.ts).
      name: 'secondTrainingInterest',
      type: 'select',
      index: true,
      options: optionsFrom(OFFER_LABELS),
      label: { fr: 'Seconde formation', en: 'Second training' },
    },
    { name: 'respondentKey', type: 'text', unique: true, admin: { hidden: true } },
  ],
}
