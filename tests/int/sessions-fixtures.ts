/** A small world for the sessions integration tests: two structures, their admins, a facilitator, two sessions. */
import type { Payload } from 'payload'
import type { Participant, User } from '../../src/payload-types'
import type { JobRole } from '../../src/sessions/job-roles'
import { makeSiret } from '../../src/validation/siret'

export type TestUser = User & { collection: 'users' }

/** Monday 14 October 2030, 09:00 Paris (07:00 UTC): far enough ahead that no real clock reaches it mid-run. */
export const D = new Date('2030-10-14T07:00:00.000Z')
const HOUR = 3_600_000
const DAY = 24 * HOUR
export const at = (dayOffset: number, utcHour: number, minutes = 0): Date =>
  new Date(D.getTime() + dayOffset * DAY + (utcHour - 7) * HOUR + minutes * 60_000)

/** Three days, 07:00–10:30 and 11:30–15:00 UTC: six half-days of 3.5 h, 21 h in all. */
export const threeDays = (weekOffset = 0) =>
  [0, 1, 2].flatMap((d) => [
    {
      start: at(d + 7 * weekOffset, 7).toISOString(),
      end: at(d + 7 * weekOffset, 10, 30).toISOString(),
      period: 'am' as const,
    },
    {
      start: at(d + 7 * weekOffset, 11, 30).toISOString(),
      end: at(d + 7 * weekOffset, 15).toISOString(),
      period: 'pm' as const,
    },
  ])

let seq = 0
const next = () => (seq += 1)

export async function makeUser(payload: Payload, role: User['role'], extra: Partial<User> = {}): Promise<TestUser> {
  const n = next()
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    context: { skipWelcomeMail: true },
    data: {
      email: `${role}-${n}@sessions.test`,
      password: 'motdepasse-1',
      name: `${role} ${n}`,
      role,
      language: 'fr',
      ...extra,
    },
  })
  return { ...user, collection: 'users' }
}

export async function makeStructure(payload: Payload, name: string): Promise<string> {
  const doc = await payload.create({
    collection: 'structures',
    overrideAccess: true,
    data: {
      name,
      type: 'chrs',
      siret: makeSiret(String(41000000 + next()), '0001'),
      commune: 'Marseille',
      departement: '13',
      contactStatus: 'to-approach',
    },
  })
  return String(doc.id)
}

export async function makeParticipant(
  payload: Payload,
  structure: string,
  jobRole: JobRole,
  extra: Partial<Participant> = {},
): Promise<string> {
  const n = next()
  const doc = await payload.create({
    collection: 'participants',
    overrideAccess: true,
    data: { name: `Personne ${n}`, email: `p${n}@sessions.test`, structure, jobRole, language: 'fr', ...extra },
  })
  return String(doc.id)
}

export async function makeSession(
  payload: Payload,
  args: { structures: string[]; facilitators?: string[]; weekOffset?: number; max?: number },
): Promise<string> {
  const venue = await payload.create({
    collection: 'eric-spaces',
    overrideAccess: true,
    data: { name: `ERIC ${next()}`, commune: 'Gap', departement: '05' },
  })
  const doc = await payload.create({
    collection: 'sessions',
    overrideAccess: true,
    data: {
      title: `Culture & usages numériques ${next()}`,
      structures: args.structures,
      venue: venue.id,
      facilitators: args.facilitators ?? [],
      // Stored out of order on purpose: the collection sorts them.
      slots: threeDays(args.weekOffset ?? 0).reverse(),
      capacity: { min: 1, max: args.max ?? 15 },
      status: 'planned',
    },
  })
  return String(doc.id)
}

export async function enrol(payload: Payload, session: string, participant: string): Promise<string> {
  const doc = await payload.create({
    collection: 'enrolments',
    overrideAccess: true,
    data: { session, participant, status: 'convened' },
  })
  return String(doc.id)
}

/** The token part of a personal link URL (`…/p/<session>/<token>`). */
export const tokenOf = (url: string): string => url.split('/').pop() ?? ''

/** A refused write: the field messages of Payload's ValidationError (its own message only names the fields). */
export async function refusal(write: Promise<unknown>): Promise<string> {
  try {
    await write
  } catch (error) {
    const errors = (error as { data?: { errors?: { message: string }[] } }).data?.errors ?? []
    return errors.map((e) => e.message).join(' | ') || String(error)
  }
  throw new Error('the write was accepted')
}
