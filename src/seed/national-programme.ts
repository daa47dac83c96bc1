import type { Payload } from 'payload'
import { relationId } from '../../collections/shared/relation-ids'
import { ensure, type ContentReport } from './content/ensure'
import { PROGRAMME } from './content/programme'

/**
 * The national programme (issue 20), seeded once the platform has several federations: the template the national
 * coordination publishes, with its protected « pourquoi » module, from which each federation's edition derives.
 * PACA's programme, written before there was a national one, is named its edition; Auvergne-Rhône-Alpes gets its
 * own, copied from the template (the modules, the Qualiopi facts), for its pilot.
 */
/** PACA's words where they name ERIC: the national programme names no federation's network. */
const NEUTRAL = {
  summary:
    'Trois jours pour que toutes les équipes d’une structure d’insertion, de la direction à la maintenance, ' +
    'comprennent le numérique avant de l’utiliser : ses logiques, ses risques et ce qu’il peut apporter aux ' +
    'personnes accompagnées. Animée par les médiateurs numériques du réseau de chaque fédération, en intra, au plus près des structures.',
  methods:
    'Ateliers pratiques sur ordinateur et smartphone, études de cas tirées du quotidien des structures, débats. ' +
    'Un poste pour deux participants au plus, dans l’espace de médiation numérique partenaire ou dans la structure.',
  networkModule: 'Outils collaboratifs et coopération avec l’espace de médiation numérique et les partenaires du territoire.',
}

export const NATIONAL_PROGRAMME = {
  ...PROGRAMME,
  title: 'Culture & usages numériques (programme national)',
  slug: 'culture-et-usages-numeriques-national',
  edition: 'national',
  summary: NEUTRAL.summary,
  methods: NEUTRAL.methods,
  modules: (PROGRAMME.modules ?? []).map((m) => (m.objectives?.includes('ERIC') ? { ...m, objectives: NEUTRAL.networkModule } : m)),
  contacts: [{ name: 'Hélène Roux', role: 'Coordination nationale', email: 'national@essaim.local' }],
}

/** Auvergne-Rhône-Alpes's edition: the template's modules and facts, its own words on who leads it and whom to call. */
export const SECOND_FEDERATION_EDITION = {
  title: 'Culture & usages numériques',
  slug: 'culture-et-usages-numeriques-aura',
  edition: '2027 (pilote)',
  summary: NEUTRAL.summary.replace('les médiateurs numériques du réseau de chaque fédération', 'les médiateurs du Hub numérique Auvergne-Rhône-Alpes'),
  contacts: [{ name: 'Lucie Garnier', role: 'Coordinatrice régionale', email: 'coordination-aura@essaim.local' }],
} as const

export async function seedNationalProgramme(payload: Payload, secondFederationId: string): Promise<ContentReport> {
  const report: ContentReport = { created: 0, unchanged: 0 }
  // Without a federation: with several on the platform, the system's programme is national content.
  const template = await ensure(payload, report, 'programmes', { slug: { equals: NATIONAL_PROGRAMME.slug } }, { ...NATIONAL_PROGRAMME, federation: null } as never)
  const paca = (await payload.find({ collection: 'programmes', where: { slug: { equals: PROGRAMME.slug } }, limit: 1, depth: 0, overrideAccess: true })).docs[0]
  if (paca && !relationId(paca.template)) {
    await payload.update({ collection: 'programmes', id: paca.id, data: { template: template.id }, depth: 0, overrideAccess: true })
  }
  await ensure(payload, report, 'programmes', { slug: { equals: SECOND_FEDERATION_EDITION.slug } }, {
    ...SECOND_FEDERATION_EDITION,
    template: template.id,
    federation: secondFederationId,
    _status: 'published',
  } as never)
  return report
}
