import type { Field } from 'payload'

/**
 * What stories and news share: a summary for cards, the body (Lexical), a cover image, tags, the related
 * structures and programme, and the public date. The title and slug come first in each collection.
 */
export function editorialFields(): Field[] {
  return [
    {
      name: 'summary',
      type: 'textarea',
      maxLength: 400,
      label: { fr: 'Chapô', en: 'Summary' },
      admin: {
        description: { fr: 'Quelques lignes pour les listes et le partage.', en: 'A few lines for lists and sharing.' },
      },
    },
    { name: 'body', type: 'richText', required: true, label: { fr: 'Texte', en: 'Body' } },
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: { fr: 'Image de couverture', en: 'Cover image' },
    },
    {
      name: 'tags',
      type: 'text',
      hasMany: true,
      label: { fr: 'Mots-clés', en: 'Tags' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'relatedStructures',
      type: 'relationship',
      relationTo: 'structures',
      hasMany: true,
      label: { fr: 'Structures concernées', en: 'Related structures' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'relatedProgramme',
      type: 'relationship',
      relationTo: 'programmes',
      label: { fr: 'Programme concerné', en: 'Related programme' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { fr: 'Date de publication', en: 'Publication date' },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' },
        description: { fr: 'Fixée à la première publication si vide.', en: 'Set at first publication when empty.' },
      },
    },
  ]
}
