import type { Payload } from 'payload'
import { makeSiret } from '../../src/validation/siret'

const DAY = 24 * 3600 * 1000

export interface FileWorld {
  structureId: string
  otherStructureId: string
  sessionId: string
  ericId: string
  users: Record<'admin' | 'coordinator' | 'structureAdmin' | 'otherAdmin' | 'facilitator', { id: string; email: string }>
  /** D: first slot start. */
  start: Date
}

let counter = 0

/**
 * Two structures (one per structure admin), an ERIC venue, a facilitator and a 3-day session starting `daysAhead`
 * days after `now` (six half-days), created through the Local API like an admin would.
 */
export async function createFileWorld(payload: Payload, now: Date, daysAhead = 60): Promise<FileWorld> {
  counter += 1
  const tag = `${counter}${Math.floor(Math.random() * 1e6)}`
  const user = async (key: string, role: string, extra: Record<string, unknown> = {}) => {
    const email = `${key}-${tag}@example.org`
    const doc = await payload.create({
      collection: 'users',
      overrideAccess: true,
      context: { skipWelcomeMail: true },
      data: { email, password: 'motdepasse-test', name: `${key} ${tag}`, role, language: 'fr', ...extra } as never,
    })
    return { id: String(doc.id), email }
  }
  const structure = async (name: string, body: string) =>
    String(
      (
        await payload.create({
          collection: 'structures',
          overrideAccess: true,
          data: {
            name,
            type: 'chrs',
            siret: makeSiret(body, '0012'),
            idcc: '0413',
            opco: 'opco-sante',
            commune: 'Marseille',
            postalCode: '13001',
            departement: '13',
          } as never,
        })
      ).id,
    )
  const sirenBody = String(10000000 + ((Number(tag) * 7919) % 89999999)).slice(0, 8)
  const structureId = await structure(`CHRS Les Iris ${tag}`, sirenBody)
  const otherStructureId = await structure(`CADA Le Phare ${tag}`, String(Number(sirenBody) + 1).padStart(8, '0').slice(0, 8))
  const ericId = String(
    (await payload.create({
      collection: 'eric-spaces',
      overrideAccess: true,
      data: { name: `ERIC La Fabrique ${tag}`, commune: 'Marseille', postalCode: '13003', departement: '13', email: `eric-${tag}@example.org` } as never,
    })).id,
  )
  const users = {
    admin: await user('admin', 'admin'),
    coordinator: await user('coord', 'coordinator'),
    structureAdmin: await user('sa', 'structure-admin', { structures: [structureId] }),
    otherAdmin: await user('other', 'structure-admin', { structures: [otherStructureId] }),
    facilitator: await user('trainer', 'facilitator'),
  }
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + daysAhead * DAY + 7 * 3600 * 1000)
  const slots = [0, 1, 2].flatMap((d) => {
    const day = start.getTime() + d * DAY
    return [
      { start: new Date(day).toISOString(), end: new Date(day + 3.5 * 3600 * 1000).toISOString(), period: 'am' },
      { start: new Date(day + 4.5 * 3600 * 1000).toISOString(), end: new Date(day + 8 * 3600 * 1000).toISOString(), period: 'pm' },
    ]
  })
  const sessionId = String(
    (await payload.create({
      collection: 'sessions',
      overrideAccess: true,
      data: { title: `Culture & usages numériques ${tag}`, structures: [structureId], venue: ericId, facilitators: [users.facilitator.id], slots } as never,
    })).id,
  )
  return { structureId, otherStructureId, sessionId, ericId, users, start }
}
