import type { RelationshipField, TextField } from 'payload'

/**
 * A federation's edition names the national programme it derives from: it inherits its modules at creation and
 * keeps its protected ones on every save (hooks/inherit-template). A national programme (no federation) names none.
 */
export const templateField: RelationshipField = {
  name: 'template',
  type: 'relationship',
  relationTo: 'programmes',
  index: true,
  label: { fr: 'Programme national', en: 'National programme' },
  filterOptions: { federation: { exists: false } },
  admin: {
    position: 'sidebar',
    description: {
      fr: 'Pour l’édition d’une fédération : le programme national dont elle dérive (ses modules protégés restent).',
      en: 'For a federation’s edition: the national programme it derives from (its protected modules stay).',
    },
  },
}

/**
 * Inside an edition's module: which module of the template it was copied from, so a renamed copy is still known as
 * the protected module it is. Written by essaim when it copies the template.
 */
export const templateModuleField: TextField = {
  name: 'templateModule',
  type: 'text',
  label: { fr: 'Module du programme national', en: 'National programme module' },
  admin: { readOnly: true, condition: (_data, sibling) => Boolean((sibling as { templateModule?: unknown }).templateModule) },
}
