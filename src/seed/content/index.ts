import type { Payload } from 'payload'
import { createLogger } from '../../lib/logger'
import { CAMPAIGNS, type Membership } from './campaigns'
import { DEMO_FACILITATOR, findUserByEmail, linkStructureAdmin } from './demo-links'
import { ERIC_SPACES, type EricKey } from './eric-spaces'
import { ensure, type ContentReport } from './ensure'
import { NEWS } from './news'
import { PROGRAMME } from './programme'
import { STORIES } from './stories'
import { STRUCTURES, type StructureKey } from './structures'

const log = createLogger('seed')

const entries = <K extends string, V>(record: Record<K, V>) => Object.entries(record) as [K, V][]

/**
 * The editorial demo content drawn from the programme's history: ERIC spaces, structures, the demo facilitator's
 * profile, the programme, the campaigns, stories and news. Idempotent: each document is matched by its natural
 * key (name, SIRET, slug, account) and left alone when it exists.
 */
export async function seedContent(payload: Payload): Promise<ContentReport> {
  const report: ContentReport = { created: 0, unchanged: 0 }

  const eric = {} as Record<EricKey, string>
  for (const [key, data] of entries(ERIC_SPACES)) {
    eric[key] = (await ensure(payload, report, 'eric-spaces', { name: { equals: data.name } }, data)).id
  }

  const facilitatorUser = await findUserByEmail(payload, DEMO_FACILITATOR)
  const demoProfile = facilitatorUser
    ? await ensure(
        payload,
        report,
        'facilitators',
        { user: { equals: facilitatorUser.id } },
        {
          name: facilitatorUser.name,
          user: facilitatorUser.id,
          ericSpace: eric.fabrique,
          title: 'animateur-multimedia',
          trainerQualified: true,
          availability: 'Mardi, jeudi et vendredi ; sessions en intra dans les Bouches-du-Rhône.',
        },
      )
    : undefined

  const structure = {} as Record<StructureKey, string>
  for (const [key, seed] of entries(STRUCTURES)) {
    const assignedFacilitator = seed.demoFacilitator ? demoProfile?.id : undefined
    const data = { ...seed.data, partnerEric: eric[seed.partner], assignedFacilitator }
    structure[key] = (await ensure(payload, report, 'structures', { siret: { equals: seed.data.siret } }, data)).id
  }
  await linkStructureAdmin(payload, report, structure.glycines)

  const programme = await ensure(payload, report, 'programmes', { slug: { equals: PROGRAMME.slug } }, PROGRAMME)

  const members = (membership: Membership) => {
    const chosen = entries(STRUCTURES).filter(([, seed]) => membership === 'all' || seed[membership] === true)
    return {
      structures: chosen.map(([key]) => structure[key]),
      ericSpaces: [...new Set(chosen.map(([, seed]) => eric[seed.partner]))],
    }
  }
  const campaign: Record<string, string> = {}
  for (const { data, members: membership } of CAMPAIGNS) {
    const doc = await ensure(
      payload,
      report,
      'campaigns',
      { slug: { equals: data.slug } },
      { ...data, ...members(membership) },
    )
    campaign[data.slug] = doc.id
  }

  for (const { data, structures } of STORIES) {
    const story = {
      ...data,
      relatedStructures: structures.map((key) => structure[key]),
      relatedProgramme: programme.id,
    }
    await ensure(payload, report, 'stories', { slug: { equals: data.slug } }, story)
  }
  for (const { data, campaign: slug } of NEWS) {
    const news = { ...data, relatedProgramme: programme.id, relatedCampaign: campaign[slug] }
    await ensure(payload, report, 'news', { slug: { equals: data.slug } }, news)
  }

  log.info('content seed done', { ...report })
  return report
}
