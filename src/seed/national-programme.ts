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
export const NATIONAL_PROGRAMME = {
  ...PROGRAMME,
  title: 'Culture & usages numériques (programme national)',
  slug: 'culture-et-usages-numeriques-national',
  edition: 'national',
  contacts: [{ name: 'Hélène Roux', role: 'Coordination nationale', email: 'national@essaim.local' }],
} as const

export const SECOND_FEDERATION_EDITION = {
  title: 'Culture & usages numériques',
  slug: 'culture-et-usages-numeriques-aura',
  edition: '2027 (pilote)',
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
