/**
 * Payload's own admin words that read badly to a person, replaced (merged over @payloadcms/translations).
 * - `general:noLabel` is what an empty list cell says: « <Pas de Dernière erreur> » reads like a template; a dash
 *   says "nothing here" without naming the column twice.
 * - `fields:addNew` is « Ajouter nouveau ou nouvelle » in French (a gender hedge nobody writes).
 */
export const adminTranslations = {
  fr: {
    general: { noLabel: '—' },
    fields: { addNew: 'Ajouter' },
  },
  en: {
    general: { noLabel: '—' },
    fields: { addNew: 'Add' },
  },
}
