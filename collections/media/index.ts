import type { CollectionConfig } from 'payload'
import { MEDIA_DIR } from '../../src/lib/paths'
import { UPLOAD_LIMITS, enforceUploadLimit, uploadLimitDescription } from '../../src/lib/upload-limits'
import { teamOnly } from '../shared/access/team'
import { readMedia } from './access/read-media'
import { altField } from './fields/alt'

/** Images and documents (campaign kits, consent forms). Images get three sizes for the public site. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { fr: 'Média', en: 'Media file' }, plural: { fr: 'Médias', en: 'Media' } },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'audience', 'updatedAt'],
    group: { fr: 'Éditorial', en: 'Editorial' },
    description: uploadLimitDescription(UPLOAD_LIMITS.media),
  },
  access: { read: readMedia, create: teamOnly, update: teamOnly, delete: teamOnly },
  hooks: { beforeOperation: [enforceUploadLimit(UPLOAD_LIMITS.media)] },
  upload: {
    staticDir: MEDIA_DIR,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: 512, position: 'centre' },
      // Height left free: the hero keeps the image's proportions.
      { name: 'hero', width: 1600, withoutEnlargement: true },
    ],
  },
  fields: [
    altField,
    { name: 'credit', type: 'text', label: { fr: 'Crédit', en: 'Credit' } },
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'public',
      index: true,
      label: { fr: 'Diffusion', en: 'Audience' },
      options: [
        { value: 'public', label: { fr: 'Publique', en: 'Public' } },
        { value: 'internal', label: { fr: 'Interne (comptes connectés)', en: 'Internal (signed-in accounts)' } },
        { value: 'structure', label: { fr: 'Réservé à une structure', en: 'One structure only' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      // Generated documents of a funding file (attendance sheets, certificates): personal data of one structure.
      name: 'structure',
      type: 'relationship',
      relationTo: 'structures',
      index: true,
      label: { fr: 'Structure', en: 'Structure' },
      admin: { position: 'sidebar', condition: (data) => data?.audience === 'structure' },
    },
  ],
}
