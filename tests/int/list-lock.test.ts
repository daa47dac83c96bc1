/**
 * Issue 18, T4 real: from D−10 the session's list is locked. A structure admin's enrolment change is then refused
 * with a bilingual message naming the lock and who to ask; a coordinator still makes it. Before D−10 the structure
 * admin changes the list as before.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { renderEmail } from '../../src/email'
import { bootPayload } from '../helpers/boot'
import { useTestEnv } from '../helpers/test-env'
import { D, enrol, makeParticipant, makeSession, makeStructure, makeUser, refusal, type TestUser } from './sessions-fixtures'

const DAY = 24 * 3600 * 1000
let payload: Payload
let own: string
let admin: TestUser
let coordinator: TestUser
let session: string

/** As this user (access checked), at this moment of the workflow's clock. */
const as = (user: TestUser, now: Date) => ({ overrideAccess: false as const, user, context: { now } })

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  own = await makeStructure(payload, 'CHRS Lauriers')
  admin = await makeUser(payload, 'structure-admin', { structures: [own] })
  coordinator = await makeUser(payload, 'coordinator')
  session = await makeSession(payload, { structures: [own] })
}, 120000)

describe('the list lock at D−10 (T4)', () => {
  const beforeLock = new Date(D.getTime() - 11 * DAY)
  const afterLock = new Date(D.getTime() - 9 * DAY)

  it('lets the structure admin enrol and withdraw until D−10', async () => {
    const person = await makeParticipant(payload, own, 'social-worker')
    const enrolment = await payload.create({ collection: 'enrolments', ...as(admin, beforeLock), data: { session, participant: person, status: 'invited' }, depth: 0 })
    const withdrawn = await payload.update({ collection: 'enrolments', id: enrolment.id, ...as(admin, beforeLock), data: { status: 'withdrawn' }, depth: 0 })
    expect(withdrawn.status).toBe('withdrawn')
  })

  it('refuses the structure admin’s change from D−10, in French and English, and names who to ask', async () => {
    const person = await makeParticipant(payload, own, 'technical')
    const message = await refusal(payload.create({ collection: 'enrolments', ...as(admin, afterLock), data: { session, participant: person, status: 'invited' } }))
    expect(message).toMatch(/liste des participants est verrouillée depuis le .+ \(J−10\) : demandez ce changement à la coordination/)
    expect(message).toMatch(/the list of participants is locked since \d{4}-\d{2}-\d{2} \(D−10\): ask the coordination team/)
    const existing = await enrol(payload, session, await makeParticipant(payload, own, 'direction'))
    expect(await refusal(payload.update({ collection: 'enrolments', id: existing, ...as(admin, afterLock), data: { status: 'withdrawn' } }))).toMatch(/verrouillée/)
  })

  it('lets a coordinator change the locked list', async () => {
    const person = await makeParticipant(payload, own, 'administration')
    const enrolment = await payload.create({ collection: 'enrolments', ...as(coordinator, afterLock), data: { session, participant: person, status: 'invited' }, depth: 0 })
    expect(enrolment.status).toBe('invited')
  })

  it('the T4 mail says the list is now locked and that changes go through the coordination team', () => {
    const ctx = { sessionStart: D, missingRoles: ['Technique'], link: 'https://essaim.test/admin', structureName: 'CHRS Lauriers' }
    expect(renderEmail('session.role_mix_check', 'fr', ctx).text).toMatch(/est désormais arrêtée \(J−10\)\. Toute modification des inscriptions passe maintenant par la coordination/)
    expect(renderEmail('session.role_mix_check', 'en', ctx).text).toMatch(/is now closed \(D−10\)\. Any change to the enrolments now goes through the coordination team/)
  })
})
