import type { TextField } from 'payload'
import { slugify, validateSlug } from '../../../src/validation/slug'

/**
 * The public URL key: derived from `source` (the title) when left empty, unique, editable. It is the natural key
 * the seed matches on.
 */
export function slugField(source = 'title'): TextField {
  return {
    name: 'slug',
    type: 'text',
    // Not `required`: the hook fills it from the title, and the validator still refuses an empty one. This keeps
    // the slug optional in the generated types and in API calls.
    unique: true,
    index: true,
    label: { fr: 'Identifiant d’URL', en: 'URL slug' },
    admin: {
      position: 'sidebar',
      description: { fr: 'Déduit du titre si vide.', en: 'Derived from the title when empty.' },
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim() !== '') return value.trim()
          const title = siblingData?.[source]
          return typeof title === 'string' ? slugify(title) : value
        },
      ],
    },
    validate: (value: unknown) => validateSlug(value),
  }
}
