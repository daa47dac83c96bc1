import type { Payload } from 'payload'
import { makeSiret } from '../validation/siret'
import { ensure, type ContentReport } from './content/ensure'
import type { DemoAccount } from './demo-accounts'
import { seedNationalProgramme } from './national-programme'

/**
 * The demo's second federation (issue 20): a region in its pilot phase beside PACA's regional roll-out, with its
 * own mediation network (a hub, not ERIC), its own legal name, a longer lead time agreed with Uniformation, three
 * structures, a hub space and a pilot campaign, and its own coordinator. Fictional, like the rest of the demo.
 * Seeded last: from then on the platform has two federations, and a document that names none is refused.
 */
export const SECOND_FEDERATION = {
  name: 'FAS Auvergne-Rhône-Alpes',
  slug: 'auvergne-rhone-alpes',
  territory: 'Auvergne-Rhône-Alpes',
  phase: 'pilot',
  networkName: 'Hub',
  networkLabel: 'Hub numérique Auvergne-Rhône-Alpes (démo)',
  structuresTarget: 30,
  organisation: {
    name: 'FAS Auvergne-Rhône-Alpes (démo)',
    street: '8 rue de la Charité',
    postalCode: '69002',
    city: 'Lyon',
    signatoryName: 'Marion Chevalier',
    signatoryRole: 'Présidente',
    contactEmail: 'formation@fas-aura.example',
  },
  leadTimes: [{ opco: 'uniformation', days: 35 }],
} as const

/** Its coordinator, printed with the demo accounts. */
export const SECOND_FEDERATION_ACCOUNT: DemoAccount = {
  email: 'coordination-aura@essaim.local',
  password: 'essaim-aura',
  name: 'Lucie Garnier',
  role: 'coordinator',
  language: 'fr',
  purpose: 'coordinatrice Auvergne-Rhône-Alpes (2e fédération, phase pilote)',
}

const HUB_SPACE = {
  name: 'Hub Lyon Confluence (démo)',
  street: '14 cours Charlemagne',
  postalCode: '69002',
  commune: 'Lyon',
  departement: '69',
  email: 'contact@hub-confluence.example',
} as const

const STRUCTURES = [
  { name: 'CHRS Le Rhône (démo)', type: 'chrs', siret: makeSiret('83110245', '0018'), idcc: '0413', postalCode: '69007', commune: 'Lyon', departement: '69', contactStatus: 'engaged' },
  { name: 'CADA Les Volcans (démo)', type: 'cada', siret: makeSiret('83110246', '0018'), idcc: '0413', postalCode: '63000', commune: 'Clermont-Ferrand', departement: '63', contactStatus: 'presented' },
  { name: 'ACI Belledonne (démo)', type: 'aci', siret: makeSiret('83110247', '0018'), idcc: '3016', postalCode: '38000', commune: 'Grenoble', departement: '38', contactStatus: 'to-approach' },
] as const

const PILOT_CAMPAIGN = {
  title: 'Pilote Auvergne-Rhône-Alpes',
  slug: 'pilote-auvergne-rhone-alpes',
  phase: 'pilot',
  region: 'ara',
  startDate: '2027-01-04T00:00:00.000Z',
  summary: 'Le pilote de la région : trois structures du Rhône, du Puy-de-Dôme et de l’Isère, avec les médiateurs du Hub.',
  targets: { structures: 3, ericSpaces: 1 },
} as const

/** Seeds the second federation and what belongs to it. Idempotent: each document is matched by its natural key. */
export async function seedSecondFederation(payload: Payload): Promise<ContentReport> {
  const report: ContentReport = { created: 0, unchanged: 0 }
  const federation = (await ensure(payload, report, 'federations', { slug: { equals: SECOND_FEDERATION.slug } }, { ...SECOND_FEDERATION, organisation: { ...SECOND_FEDERATION.organisation }, leadTimes: [...SECOND_FEDERATION.leadTimes] })).id
  const hub = (await ensure(payload, report, 'eric-spaces', { name: { equals: HUB_SPACE.name } }, { ...HUB_SPACE, federation })).id
  const structures: string[] = []
  for (const data of STRUCTURES) {
    structures.push((await ensure(payload, report, 'structures', { siret: { equals: data.siret } }, { ...data, federation, partnerEric: hub })).id)
  }
  await ensure(payload, report, 'campaigns', { slug: { equals: PILOT_CAMPAIGN.slug } }, { ...PILOT_CAMPAIGN, federation, structures, ericSpaces: [hub] })
  const { purpose: _purpose, ...account } = SECOND_FEDERATION_ACCOUNT
  await ensure(payload, report, 'users', { email: { equals: account.email } }, { ...account, federations: [federation] })
  // With two federations, the national programme and each federation's edition of it.
  const programmes = await seedNationalProgramme(payload, federation)
  return { created: report.created + programmes.created, unchanged: report.unchanged + programmes.unchanged }
}
