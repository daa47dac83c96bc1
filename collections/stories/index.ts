import { federationField } from '../shared/fields/federation'
import type { CollectionConfig } from 'payload'
import { editorialAccess } from '../shared/access/editorial'
import { editorialFields } from '../shared/fields/editorial'
import { slugField } from '../shared/fields/slug'
import { publicReadsPublished } from '../shared/hooks/public-reads-published'
import { stampPublishedAt } from '../shared/hooks/stamp-published-at'
import { consentField, quoteField } from './fields/testimony'
import { requireConsentToPublish } from './hooks/require-consent'

/** Testimonies from trained staff, facilitators and directors: drafted, reviewed, then published or scheduled. */
export const Stories: CollectionConfig = {
  slug: 'stories',
  labels: { singular: { fr: 'Témoignage', en: 'Story' }, plural: { fr: 'Témoignages', en: 'Stories' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    group: { fr: 'Éditorial', en: 'Editorial' },
  },
  access: editorialAccess,
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: { beforeOperation: [publicReadsPublished], beforeChange: [requireConsentToPublish, stampPublishedAt] },
  fields: [
    federationField({ national: true }),
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
    slugField(),
    ...editorialFields(),
    quoteField,
    consentField,
  ],
}
