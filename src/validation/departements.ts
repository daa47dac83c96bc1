import { bilingual, isBlank, REQUIRED, type ValidationResult } from './messages'

/** Regions since 2016, plus the five overseas départements (each its own region). */
export const REGIONS = {
  ara: 'Auvergne-Rhône-Alpes',
  bfc: 'Bourgogne-Franche-Comté',
  bretagne: 'Bretagne',
  cvl: 'Centre-Val de Loire',
  corse: 'Corse',
  'grand-est': 'Grand Est',
  hdf: 'Hauts-de-France',
  idf: 'Île-de-France',
  normandie: 'Normandie',
  'nouvelle-aquitaine': 'Nouvelle-Aquitaine',
  occitanie: 'Occitanie',
  pdl: 'Pays de la Loire',
  paca: "Provence-Alpes-Côte d'Azur",
  guadeloupe: 'Guadeloupe',
  martinique: 'Martinique',
  guyane: 'Guyane',
  reunion: 'La Réunion',
  mayotte: 'Mayotte',
} as const

export type RegionCode = keyof typeof REGIONS
export const REGION_CODES = Object.keys(REGIONS) as RegionCode[]

export interface Departement {
  code: string
  name: string
  region: RegionCode
}

const dept = (code: string, name: string, region: RegionCode): Departement => ({ code, name, region })

/**
 * Every département (INSEE codes). The federation covers PACA, Corse and the DOM; the national roll-out needs the
 * rest. 975 (Saint-Pierre-et-Miquelon) is an overseas collectivity, not a département, hence absent.
 */
export const DEPARTEMENTS: readonly Departement[] = [
  dept('01', 'Ain', 'ara'),
  dept('02', 'Aisne', 'hdf'),
  dept('03', 'Allier', 'ara'),
  dept('04', 'Alpes-de-Haute-Provence', 'paca'),
  dept('05', 'Hautes-Alpes', 'paca'),
  dept('06', 'Alpes-Maritimes', 'paca'),
  dept('07', 'Ardèche', 'ara'),
  dept('08', 'Ardennes', 'grand-est'),
  dept('09', 'Ariège', 'occitanie'),
  dept('10', 'Aube', 'grand-est'),
  dept('11', 'Aude', 'occitanie'),
  dept('12', 'Aveyron', 'occitanie'),
  dept('13', 'Bouches-du-Rhône', 'paca'),
  dept('14', 'Calvados', 'normandie'),
  dept('15', 'Cantal', 'ara'),
  dept('16', 'Charente', 'nouvelle-aquitaine'),
  dept('17', 'Charente-Maritime', 'nouvelle-aquitaine'),
  dept('18', 'Cher', 'cvl'),
  dept('19', 'Corrèze', 'nouvelle-aquitaine'),
  dept('2A', 'Corse-du-Sud', 'corse'),
  dept('2B', 'Haute-Corse', 'corse'),
  dept('21', "Côte-d'Or", 'bfc'),
  dept('22', "Côtes-d'Armor", 'bretagne'),
  dept('23', 'Creuse', 'nouvelle-aquitaine'),
  dept('24', 'Dordogne', 'nouvelle-aquitaine'),
  dept('25', 'Doubs', 'bfc'),
  dept('26', 'Drôme', 'ara'),
  dept('27', 'Eure', 'normandie'),
  dept('28', 'Eure-et-Loir', 'cvl'),
  dept('29', 'Finistère', 'bretagne'),
  dept('30', 'Gard', 'occitanie'),
  dept('31', 'Haute-Garonne', 'occitanie'),
  dept('32', 'Gers', 'occitanie'),
  dept('33', 'Gironde', 'nouvelle-aquitaine'),
  dept('34', 'Hérault', 'occitanie'),
  dept('35', 'Ille-et-Vilaine', 'bretagne'),
  dept('36', 'Indre', 'cvl'),
  dept('37', 'Indre-et-Loire', 'cvl'),
  dept('38', 'Isère', 'ara'),
  dept('39', 'Jura', 'bfc'),
  dept('40', 'Landes', 'nouvelle-aquitaine'),
  dept('41', 'Loir-et-Cher', 'cvl'),
  dept('42', 'Loire', 'ara'),
  dept('43', 'Haute-Loire', 'ara'),
  dept('44', 'Loire-Atlantique', 'pdl'),
  dept('45', 'Loiret', 'cvl'),
  dept('46', 'Lot', 'occitanie'),
  dept('47', 'Lot-et-Garonne', 'nouvelle-aquitaine'),
  dept('48', 'Lozère', 'occitanie'),
  dept('49', 'Maine-et-Loire', 'pdl'),
  dept('50', 'Manche', 'normandie'),
  dept('51', 'Marne', 'grand-est'),
  dept('52', 'Haute-Marne', 'grand-est'),
  dept('53', 'Mayenne', 'pdl'),
  dept('54', 'Meurthe-et-Moselle', 'grand-est'),
  dept('55', 'Meuse', 'grand-est'),
  dept('56', 'Morbihan', 'bretagne'),
  dept('57', 'Moselle', 'grand-est'),
  dept('58', 'Nièvre', 'bfc'),
  dept('59', 'Nord', 'hdf'),
  dept('60', 'Oise', 'hdf'),
  dept('61', 'Orne', 'normandie'),
  dept('62', 'Pas-de-Calais', 'hdf'),
  dept('63', 'Puy-de-Dôme', 'ara'),
  dept('64', 'Pyrénées-Atlantiques', 'nouvelle-aquitaine'),
  dept('65', 'Hautes-Pyrénées', 'occitanie'),
  dept('66', 'Pyrénées-Orientales', 'occitanie'),
  dept('67', 'Bas-Rhin', 'grand-est'),
  dept('68', 'Haut-Rhin', 'grand-est'),
  dept('69', 'Rhône', 'ara'),
  dept('70', 'Haute-Saône', 'bfc'),
  dept('71', 'Saône-et-Loire', 'bfc'),
  dept('72', 'Sarthe', 'pdl'),
  dept('73', 'Savoie', 'ara'),
  dept('74', 'Haute-Savoie', 'ara'),
  dept('75', 'Paris', 'idf'),
  dept('76', 'Seine-Maritime', 'normandie'),
  dept('77', 'Seine-et-Marne', 'idf'),
  dept('78', 'Yvelines', 'idf'),
  dept('79', 'Deux-Sèvres', 'nouvelle-aquitaine'),
  dept('80', 'Somme', 'hdf'),
  dept('81', 'Tarn', 'occitanie'),
  dept('82', 'Tarn-et-Garonne', 'occitanie'),
  dept('83', 'Var', 'paca'),
  dept('84', 'Vaucluse', 'paca'),
  dept('85', 'Vendée', 'pdl'),
  dept('86', 'Vienne', 'nouvelle-aquitaine'),
  dept('87', 'Haute-Vienne', 'nouvelle-aquitaine'),
  dept('88', 'Vosges', 'grand-est'),
  dept('89', 'Yonne', 'bfc'),
  dept('90', 'Territoire de Belfort', 'bfc'),
  dept('91', 'Essonne', 'idf'),
  dept('92', 'Hauts-de-Seine', 'idf'),
  dept('93', 'Seine-Saint-Denis', 'idf'),
  dept('94', 'Val-de-Marne', 'idf'),
  dept('95', "Val-d'Oise", 'idf'),
  dept('971', 'Guadeloupe', 'guadeloupe'),
  dept('972', 'Martinique', 'martinique'),
  dept('973', 'Guyane', 'guyane'),
  dept('974', 'La Réunion', 'reunion'),
  dept('976', 'Mayotte', 'mayotte'),
]

const BY_CODE = new Map(DEPARTEMENTS.map((d) => [d.code, d]))

/** "2a" and "2A" are the same département; codes are stored upper-case. */
export const normalizeDepartement = (value: string): string => value.trim().toUpperCase()

export const findDepartement = (code: string): Departement | undefined => BY_CODE.get(normalizeDepartement(code))

export const regionOfDepartement = (code: string): RegionCode | undefined => findDepartement(code)?.region

export const unknownDepartement = (value: string): string =>
  bilingual(
    `Département inconnu « ${value} » (code INSEE attendu : 01…95, 2A, 2B, 971…976)`,
    `unknown département "${value}" (INSEE code expected: 01…95, 2A, 2B, 971…976)`,
  )

export function validateDepartement(value: unknown, { required = true } = {}): ValidationResult {
  if (isBlank(value)) return required ? REQUIRED : true
  if (typeof value !== 'string') return unknownDepartement(String(value))
  return findDepartement(value) ? true : unknownDepartement(value)
}
