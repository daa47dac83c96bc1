import type { Payload } from 'payload'
import { parisTime } from '../../email'
import { DEFAULT_ROLE_MIX_TARGET } from '../../sessions/job-roles'
import { ensure, type ContentReport } from '../content/ensure'
import { DEMO_FACILITATOR, findUserByEmail } from '../content/demo-links'
import { ERIC_SPACES } from '../content/eric-spaces'
import { PROGRAMME } from '../content/programme'
import { STRUCTURES } from '../content/structures'
import { GLYCINES_STAFF, emailOf } from './people'

export const DEMO_SESSION_TITLE = 'Culture & usages numériques — CHRS Les Glycines'
const DAY = 86_400_000

/** Three days, 9:00–12:30 and 13:30–17:00 Paris time, starting on the Monday five weeks after `from`. */
export function demoSlots(from: Date): { start: string; end: string; period: 'am' | 'pm' }[] {
  const monday = new Date(from.getTime() + 35 * DAY)
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7))
  return [0, 1, 2].flatMap((i) => {
    const d = new Date(monday.getTime() + i * DAY)
    const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
    return [
      {
        start: parisTime(y, m, dd, 9).toISOString(),
        end: parisTime(y, m, dd, 12, 30).toISOString(),
        period: 'am' as const,
      },
      {
        start: parisTime(y, m, dd, 13, 30).toISOString(),
        end: parisTime(y, m, dd, 17).toISOString(),
        period: 'pm' as const,
      },
    ]
  })
}

/**
 * A demo session for the demo structure (CHRS Les Glycines) at its partner ERIC space, taught by the demo
 * facilitator, five weeks ahead (D−35: the day the DPC is filed in the seed timeline), with ten staff enrolled.
 * Needs the editorial seed first. Idempotent: matched by title, SIRET-scoped e-mails and enrolment pairs.
 */
export async function seedSessions(payload: Payload, now: Date = new Date()): Promise<ContentReport> {
  const report: ContentReport = { created: 0, unchanged: 0 }
  const find = async (collection: 'structures' | 'eric-spaces' | 'programmes', field: string, value: string) =>
    (
      await payload.find({
        collection,
        where: { [field]: { equals: value } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0]
  const structure = await find('structures', 'siret', STRUCTURES.glycines.data.siret)
  const venue = await find('eric-spaces', 'name', ERIC_SPACES[STRUCTURES.glycines.partner].name)
  const programme = await find('programmes', 'slug', PROGRAMME.slug)
  const facilitator = await findUserByEmail(payload, DEMO_FACILITATOR)
  if (!structure || !venue) return report

  const session = await ensure(
    payload,
    report,
    'sessions',
    { title: { equals: DEMO_SESSION_TITLE } },
    {
      title: DEMO_SESSION_TITLE,
      programme: programme?.id,
      structures: [structure.id],
      venue: venue.id,
      facilitators: facilitator ? [facilitator.id] : [],
      slots: demoSlots(now),
      capacity: { min: 8, max: 15 },
      roleMixTarget: [...DEFAULT_ROLE_MIX_TARGET],
      status: 'planned',
    },
  )
  for (const person of GLYCINES_STAFF) {
    const email = emailOf(person.name)
    const participant = await ensure(
      payload,
      report,
      'participants',
      { email: { equals: email } },
      {
        name: person.name,
        email,
        structure: structure.id,
        jobRole: person.jobRole,
        language: person.language,
        consents: { data: true, image: false, testimony: person.testimony ?? false },
      },
    )
    await ensure(
      payload,
      report,
      'enrolments',
      { and: [{ session: { equals: session.id } }, { participant: { equals: participant.id } }] },
      { session: session.id, participant: participant.id, status: 'invited' },
    )
  }
  return report
}
