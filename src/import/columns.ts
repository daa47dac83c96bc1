/**
 * The column format of a structures file (CSV or XLSX), shared by the importer, the exports and
 * docs/import-format.md. Exports write the canonical names, so an exported file imports back unchanged.
 */

export type ColumnKey =
  | 'siret'
  | 'name'
  | 'type'
  | 'departement'
  | 'commune'
  | 'postalCode'
  | 'street'
  | 'contactEmail'
  | 'managingAssociation'
  | 'idcc'
  | 'headcountBand'
  | 'facilitatorEmail'
  // Written by exports, ignored by the importer (derived or owned by the worklist).
  | 'region'
  | 'opco'
  | 'contactStatus'
  | 'contactStatusChangedAt'
  | 'lastContactAt'
  | 'facilitatorName'

export interface ColumnSpec {
  key: ColumnKey
  /** The canonical header, as exports write it. */
  header: string
  /** Other spellings accepted on import (compared without case, accents, spaces, dashes or underscores). */
  aliases: string[]
  required: boolean
  /** False for the columns that exports add for reading only: the importer accepts and skips them. */
  imported: boolean
  fr: string
  en: string
}

const column = (
  key: ColumnKey,
  header: string,
  aliases: string[],
  fr: string,
  en: string,
  flags: { required?: boolean; imported?: boolean } = {},
): ColumnSpec => ({ key, header, aliases, fr, en, required: flags.required ?? false, imported: flags.imported ?? true })

export const STRUCTURE_COLUMNS: readonly ColumnSpec[] = [
  column('siret', 'siret', ['n siret', 'numero siret'], '14 chiffres (espaces admis), clé de Luhn vérifiée ; clé de mise à jour', '14 digits (spaces allowed), Luhn key checked; the update key', { required: true }),
  column('name', 'nom', ['name', 'raison sociale', 'nom de la structure'], 'Nom de la structure', 'Name of the structure', { required: true }),
  column('type', 'type', ['type de structure'], 'Code ou libellé : chrs, cada, huda, cph, chu, accueil-de-jour, siao, pension-de-famille, residence-sociale, aci, ei, autre', 'Code or label (see the list)', { required: true }),
  column('departement', 'departement', ['département', 'dept', 'code departement'], 'Code INSEE : 01…95, 2A, 2B, 971…976 (« 4 » vaut « 04 »)', 'INSEE code: 01…95, 2A, 2B, 971…976 ("4" means "04")', { required: true }),
  column('commune', 'commune', ['ville', 'town', 'city'], 'Commune', 'Town', { required: true }),
  column('postalCode', 'code_postal', ['cp', 'code postal', 'postal code'], '5 chiffres', '5 digits'),
  column('street', 'adresse', ['address', 'rue'], 'Numéro et voie', 'Street address'),
  column('contactEmail', 'email', ['e-mail', 'mail', 'courriel', 'email de contact'], 'Adresse à laquelle le kit de campagne est envoyé', 'Address the campaign kit is sent to'),
  column('managingAssociation', 'association_gestionnaire', ['association', 'gestionnaire'], 'Association gestionnaire', 'Managing association'),
  column('idcc', 'idcc', ['convention collective'], 'IDCC, 1 à 4 chiffres (0413 = CCN 66) ; l’OPCO en est déduit', 'IDCC, 1 to 4 digits; the OPCO is derived from it'),
  column('headcountBand', 'effectif', ['headcount', 'salaries'], 'under-11, 11-49, 50-plus, ou un nombre de salariés', 'under-11, 11-49, 50-plus, or a number of employees'),
  column('facilitatorEmail', 'animateur_email', ['animateur', 'facilitator email'], 'E-mail du compte de l’animateur référent (affectation à la main)', 'E-mail of the assigned facilitator’s account (assignment by hand)'),
  column('region', 'region', [], 'Déduite du département', 'Derived from the département', { imported: false }),
  column('opco', 'opco', [], 'Déduit de l’IDCC', 'Derived from the IDCC', { imported: false }),
  column('contactStatus', 'statut_contact', [], 'to-approach, presented, engaged, trained', 'Worklist status', { imported: false }),
  column('contactStatusChangedAt', 'statut_modifie_le', [], 'Date du dernier changement de statut', 'Date of the last status change', { imported: false }),
  column('lastContactAt', 'dernier_contact_le', [], 'Dernier contact noté par l’animateur', 'Last contact noted by the facilitator', { imported: false }),
  column('facilitatorName', 'animateur_nom', [], 'Nom de l’animateur référent', 'Name of the assigned facilitator', { imported: false }),
]

/** "Code Postal", "code_postal" and "code-postal" are one header; so are "Département" and "departement". */
export function normalizeHeader(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s_\-.°']+/g, '')
}

const BY_HEADER = new Map<string, ColumnSpec>(
  STRUCTURE_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h) => [normalizeHeader(h), c] as const)),
)

export const columnForHeader = (header: string): ColumnSpec | undefined => BY_HEADER.get(normalizeHeader(header))
