/**
 * Payload's own admin words that read badly to a person, replaced (merged over @payloadcms/translations).
 * - `general:noLabel` is what an empty list cell says: « <Pas de Dernière erreur> » reads like a template; a dash
 *   says "nothing here" without naming the column twice.
 * - `fields:addNew` is « Ajouter nouveau ou nouvelle » in French (a gender hedge nobody writes).
 * - `general:noResults` (an empty list or history) is « Aucun(e) Historique des dossiers trouvé(e). Soit aucun(e)… ».
 */
export const adminTranslations = {
  fr: {
    general: {
      noLabel: '—',
      noResults: 'Rien dans « {{label}} » pour l’instant, ou rien qui corresponde aux filtres choisis ci-dessus.',
    },
    fields: { addNew: 'Ajouter' },
  },
  en: {
    general: { noLabel: '—' },
    fields: { addNew: 'Add' },
  },
}
