import type { CollectionConfig } from 'payload'
import { adminsOnly, staffOnly } from '../../src/access/roles'
import { OPCOS } from '../../src/validation/idcc'
import { optionsFrom } from '../shared/fields/options'
import { federationField } from '../shared/fields/federation'

const DAY_ONLY = { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd/MM/yyyy' }

export const APPRECIATION_CHANNELS = {
  survey: { fr: 'Questionnaire', en: 'Survey' },
  interview: { fr: 'Entretien', en: 'Interview' },
  meeting: { fr: 'Réunion ou webinaire du financeur', en: "Funder's meeting or webinar" },
  mail: { fr: 'Courriel ou courrier', en: 'E-mail or letter' },
} as const

/**
 * The financers' yearly appreciation (Qualiopi ind. 30 names the financeurs among the audiences whose appreciation
 * is collected, at least once a year): per year and OPCO, whom the coordinator asked, how, a 1–5 rating and the
 * free comment. Coordinators fill it; it joins indicator 30's folder of the evidence archive.
 */
export const FinancerAppreciations: CollectionConfig = {
  slug: 'financer-appreciations',
  labels: {
    singular: { fr: 'Appréciation de financeur', en: 'Financer appreciation' },
    plural: { fr: 'Appréciations des financeurs', en: 'Financer appreciations' },
  },
  admin: {
    useAsTitle: 'contactName',
    defaultColumns: ['year', 'opco', 'contactName', 'collectedAt', 'rating'],
    group: { fr: 'Qualité', en: 'Quality' },
    description: {
      fr: "L'appréciation annuelle de chaque OPCO financeur (Qualiopi, indicateur 30) : contact, moyen de recueil, note sur 5, commentaire.",
      en: 'Each funding OPCO’s yearly appreciation (Qualiopi, indicator 30): contact, how it was collected, rating out of 5, comment.',
    },
  },
  defaultSort: '-collectedAt',
  access: { read: staffOnly, create: staffOnly, update: staffOnly, delete: adminsOnly },
  fields: [
    // Each federation's quality register is its own (issue 20): derived from the writer when left empty.
    federationField(),
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, min: 2000, max: 2100, index: true, label: { fr: 'Année', en: 'Year' }, admin: { width: '25%' } },
        { name: 'opco', type: 'select', required: true, options: optionsFrom(OPCOS), label: 'OPCO', admin: { width: '40%' } },
        { name: 'collectedAt', type: 'date', required: true, label: { fr: 'Recueillie le', en: 'Collected on' }, admin: { width: '35%', date: DAY_ONLY } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'contactName', type: 'text', required: true, label: { fr: 'Contact (nom, fonction)', en: 'Contact (name, role)' }, admin: { width: '40%' } },
        { name: 'contactEmail', type: 'email', label: { fr: 'Courriel du contact', en: "Contact's e-mail" }, admin: { width: '35%' } },
        { name: 'channel', type: 'select', required: true, defaultValue: 'survey', options: optionsFrom(APPRECIATION_CHANNELS), label: { fr: 'Recueillie par', en: 'Collected by' }, admin: { width: '25%' } },
      ],
    },
    { name: 'rating', type: 'number', required: true, min: 1, max: 5, label: { fr: 'Appréciation globale (1 à 5)', en: 'Overall appreciation (1 to 5)' } },
    { name: 'comment', type: 'textarea', label: { fr: 'Commentaire libre', en: 'Free comment' } },
  ],
}
