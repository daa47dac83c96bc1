import type { RequiredDataFromCollectionSlug } from 'payload'
import { makeSiret } from '../../validation/siret'
import type { EricKey } from './eric-spaces'

type StructureData = Omit<RequiredDataFromCollectionSlug<'structures'>, 'partnerEric' | 'assignedFacilitator'>

export interface StructureSeed {
  data: StructureData
  partner: EricKey
  /** In the 2013 experimentation (two shelters of Bouches-du-Rhône). */
  experimentation2013?: boolean
  /** In the 2014 pilot. */
  pilot2014?: boolean
  /** Followed by the demo facilitator (animation@essaim.local). */
  demoFacilitator?: boolean
}

/**
 * Fictional structures in real communes. SIRETs are fictional but valid (both Luhn keys computed). Key: SIRET.
 * The first two are the 2013 experimentation: a women's shelter in Marseille and a rural shelter in the Crau.
 */
/** Keeps the keys as literal types while checking every entry as a StructureSeed. */
const defineStructures = <K extends string>(seeds: Record<K, StructureSeed>) => seeds

export const STRUCTURES = defineStructures({
  glycines: {
    data: {
      name: 'CHRS Les Glycines',
      managingAssociation: 'Association Horizon Femmes',
      type: 'chrs',
      headcountBand: '11-49',
      siret: makeSiret('81354720', '0016'),
      idcc: '0413',
      street: '27 boulevard de la Madeleine',
      postalCode: '13004',
      commune: 'Marseille',
      departement: '13',
      contactEmail: 'direction@chrs-glycines.example',
      contactStatus: 'trained',
    },
    partner: 'fabrique',
    experimentation2013: true,
    pilot2014: true,
    demoFacilitator: true,
  },
  draille: {
    data: {
      name: 'Foyer rural La Draille',
      managingAssociation: 'Association Entraide Crau-Alpilles',
      type: 'chrs',
      headcountBand: 'under-11',
      siret: makeSiret('79821034', '0021'),
      // The former CHRS agreements, since merged into CCN 66: still OPCO Santé.
      idcc: '0783',
      street: 'Chemin des Coussouls',
      postalCode: '13310',
      commune: 'Saint-Martin-de-Crau',
      departement: '13',
      contactStatus: 'trained',
    },
    partner: 'crau',
    experimentation2013: true,
    pilot2014: true,
    demoFacilitator: true,
  },
  grandLarge: {
    data: {
      name: 'CADA Le Grand Large',
      managingAssociation: 'Association Accueil Méditerranée',
      type: 'cada',
      headcountBand: '11-49',
      siret: makeSiret('50219876', '0034'),
      idcc: '0413',
      postalCode: '13015',
      commune: 'Marseille',
      departement: '13',
      contactStatus: 'trained',
    },
    partner: 'fabrique',
    pilot2014: true,
  },
  escale: {
    data: {
      name: 'Accueil de jour L’Escale',
      managingAssociation: 'Association Solidarité Vaucluse',
      type: 'accueil-de-jour',
      headcountBand: 'under-11',
      siret: makeSiret('44870213', '0019'),
      idcc: '0413',
      postalCode: '84000',
      commune: 'Avignon',
      departement: '84',
      contactStatus: 'trained',
    },
    partner: 'lien',
    pilot2014: true,
  },
  jardins: {
    data: {
      name: 'ACI Les Jardins du Luberon',
      managingAssociation: 'Association Terres Solidaires',
      type: 'aci',
      headcountBand: '11-49',
      siret: makeSiret('52346187', '0027'),
      idcc: '3016',
      postalCode: '84400',
      commune: 'Apt',
      departement: '84',
      contactStatus: 'trained',
    },
    partner: 'luberon',
    pilot2014: true,
  },
  rade: {
    data: {
      name: 'CHRS La Rade',
      managingAssociation: 'Association Var Hébergement',
      type: 'chrs',
      headcountBand: '11-49',
      siret: makeSiret('39127645', '0042'),
      idcc: '0413',
      postalCode: '83000',
      commune: 'Toulon',
      departement: '83',
      contactStatus: 'trained',
    },
    partner: 'passerelles',
    pilot2014: true,
  },
  oliviers: {
    data: {
      name: 'Pension de famille Les Oliviers',
      managingAssociation: 'Association Habitat Dracénie',
      type: 'pension-de-famille',
      headcountBand: 'under-11',
      siret: makeSiret('48265139', '0015'),
      // No collective agreement: the OPCO is chosen by hand.
      opco: 'autre',
      postalCode: '83300',
      commune: 'Draguignan',
      departement: '83',
      contactStatus: 'engaged',
    },
    partner: 'varConnecte',
    pilot2014: true,
  },
  lanterne: {
    data: {
      name: 'Centre d’hébergement d’urgence La Lanterne',
      managingAssociation: 'Association Riviera Solidarité',
      type: 'chu',
      headcountBand: '50-plus',
      siret: makeSiret('33478512', '0058'),
      idcc: '0413',
      postalCode: '06300',
      commune: 'Nice',
      departement: '06',
      contactStatus: 'trained',
    },
    partner: 'phare',
    pilot2014: true,
  },
  baous: {
    data: {
      name: 'Résidence sociale Les Baous',
      managingAssociation: 'Association Logis Azur',
      type: 'residence-sociale',
      headcountBand: 'under-11',
      siret: makeSiret('41756923', '0011'),
      idcc: '1261',
      postalCode: '06130',
      commune: 'Grasse',
      departement: '06',
      contactStatus: 'engaged',
    },
    partner: 'valleeDuVar',
    pilot2014: true,
  },
  relaisDesAlpes: {
    data: {
      name: 'CHRS Le Relais des Alpes',
      managingAssociation: 'Association Alpes Accueil',
      type: 'chrs',
      headcountBand: '11-49',
      siret: makeSiret('30981264', '0023'),
      idcc: '0413',
      postalCode: '05000',
      commune: 'Gap',
      departement: '05',
      contactStatus: 'trained',
    },
    partner: 'station',
    pilot2014: true,
  },
  cedre: {
    data: {
      name: 'Maison relais Le Cèdre',
      managingAssociation: 'Association Haute-Provence Logement',
      type: 'pension-de-famille',
      headcountBand: 'under-11',
      siret: makeSiret('53682417', '0014'),
      idcc: '0413',
      postalCode: '04100',
      commune: 'Manosque',
      departement: '04',
      // Joins with the regional roll-out: first on the facilitators' worklist.
      contactStatus: 'to-approach',
    },
    partner: 'hautsDeDigne',
  },
})

export type StructureKey = keyof typeof STRUCTURES
