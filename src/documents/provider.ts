import type { ProviderFacts } from './facts'

/**
 * The training provider (organisme de formation) named on every document. The domain leaves open who it is
 * (domain §7: the FAS regional federation or the ERIC carriers); until a TrainingProvider record exists, it is
 * configured by environment, with the demo's fictional federation as default.
 */
export function trainingProvider(env: Record<string, string | undefined> = process.env): ProviderFacts {
  return {
    name: env.OF_NAME ?? 'Fédération des acteurs de la solidarité PACA-Corse (démo)',
    siret: env.OF_SIRET ?? '000 000 000 00000',
    nda: env.OF_NDA ?? '93 13 00000 13',
    qualiopiCertificate: env.OF_QUALIOPI ?? 'démonstration',
    address: env.OF_ADDRESS ?? '1 rue de la Solidarité, 13001 Marseille',
    signatory: env.OF_SIGNATORY ?? 'La coordination régionale',
    signatoryTitle: env.OF_SIGNATORY_TITLE ?? 'Coordinatrice régionale',
  }
}
