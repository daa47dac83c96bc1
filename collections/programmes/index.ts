import type { CollectionConfig } from 'payload'
import { staffOnly } from '../../src/access/roles'
import { publishedOrTeam, teamOnly } from '../shared/access/team'
import { federationField } from '../shared/fields/federation'
import { slugField } from '../shared/fields/slug'
import { publicReadsPublished } from '../shared/hooks/public-reads-published'
import { modulesField } from './fields/modules'
import { qualiopiFields } from './fields/qualiopi'
import { templateField } from './fields/template'
import { guardProtectedModules } from './hooks/guard-protected-modules'
import { followTemplateInEditions } from './hooks/follow-template'
import { inheritTemplate } from './hooks/inherit-template'
import { keepTemplateModules } from './hooks/keep-template-modules'
import { stampLastReviewed } from './hooks/stamp-last-reviewed'

/**
 * The public training offer (the 3-day, 21-hour "Culture & usages numériques"), versioned: what the public reads
 * is the published version; coordinators prepare the next one as a draft. National then regional (issue 20): a
 * programme without a federation is the national template, written by the national coordination and admins; a
 * federation's edition names it (`template`), starts as a copy and keeps its protected modules.
 */
export const Programmes: CollectionConfig = {
  slug: 'programmes',
  labels: { singular: { fr: 'Programme', en: 'Programme' }, plural: { fr: 'Programmes', en: 'Programmes' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'edition', 'durationHours', 'lastReviewedAt', 'updatedAt', '_status'],
    group: { fr: 'Éditorial', en: 'Editorial' },
  },
  access: { read: publishedOrTeam, readVersions: teamOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  versions: { drafts: true, maxPerDoc: 100 },
  hooks: {
    beforeOperation: [publicReadsPublished, inheritTemplate],
    // The template's refusal first: it names the national programme, where the own guard would name the admin.
    beforeChange: [keepTemplateModules, guardProtectedModules, stampLastReviewed],
    afterChange: [followTemplateInEditions],
  },
  fields: [
    federationField({ national: true }),
    templateField,
    { name: 'title', type: 'text', required: true, label: { fr: 'Intitulé', en: 'Title' } },
    slugField(),
    {
      name: 'edition',
      type: 'text',
      label: { fr: 'Édition', en: 'Edition' },
      admin: { position: 'sidebar', description: { fr: 'Ex. « 2014 ».', en: 'E.g. "2014".' } },
    },
    {
      name: 'lastReviewedAt',
      type: 'date',
      label: { fr: 'Dernière mise à jour', en: 'Last updated' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
        description: { fr: 'Date publique, fixée à chaque publication.', en: 'Public date, set at each publication.' },
      },
    },
    { name: 'summary', type: 'textarea', label: { fr: 'Présentation', en: 'Summary' } },
    ...qualiopiFields,
    modulesField,
  ],
}
