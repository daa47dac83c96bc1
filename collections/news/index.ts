import { federationField } from '../shared/fields/federation'
import type { CollectionConfig } from 'payload'
import { editorialAccess } from '../shared/access/editorial'
import { editorialFields } from '../shared/fields/editorial'
import { slugField } from '../shared/fields/slug'
import { publicReadsPublished } from '../shared/hooks/public-reads-published'
import { stampPublishedAt } from '../shared/hooks/stamp-published-at'

/** News of the programme and its roll-out, published now or at a scheduled time. */
export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: { fr: 'Actualité', en: 'News item' }, plural: { fr: 'Actualités', en: 'News' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    group: { fr: 'Éditorial', en: 'Editorial' },
  },
  access: editorialAccess,
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: { beforeOperation: [publicReadsPublished], beforeChange: [stampPublishedAt] },
  fields: [
    federationField({ national: true }),
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
    slugField(),
    ...editorialFields(),
    {
      name: 'relatedCampaign',
      type: 'relationship',
      relationTo: 'campaigns',
      label: { fr: 'Campagne concernée', en: 'Related campaign' },
      admin: { position: 'sidebar' },
    },
  ],
}
