/**
 * Enrolments and who may touch them (Local API with `overrideAccess: false`, as REST and the admin UI): a
 * structure admin enrols their own staff only; the list respects the session's structures and capacity; the
 * role-mix check at list lock (T4) names the missing roles.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { missingRolesForSession, roleMixForSession, sessionCheckFacts } from '../../jobs/shared/session-facts'
import type { FileFacts, TimerPlan } from '../../src/workflow'
import { bootPayload } from '../helpers/boot'
import { useTestEnv } from '../helpers/test-env'
import { at, enrol, makeParticipant, makeSession, makeStructure, makeUser, refusal, type TestUser } from './sessions-fixtures'

let payload: Payload
let own: string
let other: string
let admin: TestUser
let facilitator: TestUser
let session: string // for both structures, taught by `facilitator`
let otherSession: string // the other structure's only
let ownPerson: string
let otherPerson: string

const as = (user: TestUser) => ({ overrideAccess: false as const, user })

beforeAll(async () => {
  await useTestEnv()
  payload = await bootPayload()
  own = await makeStructure(payload, 'CHRS Horizon')
  other = await makeStructure(payload, 'CADA Escale')
  admin = await makeUser(payload, 'structure-admin', { structures: [own] })
  facilitator = await makeUser(payload, 'facilitator')
  session = await makeSession(payload, { structures: [own, other], facilitators: [String(facilitator.id)], max: 4 })
  otherSession = await makeSession(payload, { structures: [other], weekOffset: 1 })
  ownPerson = await makeParticipant(payload, own, 'direction', { name: 'Own Director' })
  otherPerson = await makeParticipant(payload, other, 'social-worker', { name: 'Other Worker' })
})

describe('structure admins', () => {
  it('register and enrol their own staff', async () => {
    const person = await payload.create({
      collection: 'participants',
      ...as(admin),
      data: {
        name: 'Own Worker',
        email: 'worker@horizon.test',
        structure: own,
        jobRole: 'social-worker',
        language: 'fr',
      },
    })
    const enrolment = await payload.create({
      collection: 'enrolments',
      ...as(admin),
      data: { session, participant: person.id, status: 'invited' },
      depth: 0,
    })
    expect(String(enrolment.structure)).toBe(own)
    // Attendance outcomes come from the sheets, not from the structure admin.
    const claim = payload.update({
      collection: 'enrolments',
      id: enrolment.id,
      ...as(admin),
      data: { status: 'attended' },
    })
    expect(await refusal(claim)).toMatch(/émargement/)
    const confirmed = await payload.update({
      collection: 'enrolments',
      id: enrolment.id,
      ...as(admin),
      data: { status: 'confirmed' },
    })
    expect(confirmed.status).toBe('confirmed')
  })

  it('cannot register someone in another structure, nor enrol another structure’s staff', async () => {
    const intruder = {
      name: 'Intruder',
      email: 'x@escale.test',
      structure: other,
      jobRole: 'other' as const,
      language: 'fr' as const,
    }
    expect(await refusal(payload.create({ collection: 'participants', ...as(admin), data: intruder }))).toMatch(
      /vos structures/,
    )
    expect(
      await refusal(
        payload.create({
          collection: 'enrolments',
          ...as(admin),
          data: { session, participant: otherPerson, status: 'invited' },
        }),
      ),
    ).toMatch(/vos structures/)
  })

  it('see and change only their structures’ enrolments, and never links or answers', async () => {
    const theirs = await enrol(payload, session, otherPerson)
    const seen = await payload.find({ collection: 'enrolments', ...as(admin), depth: 0 })
    expect(seen.docs.every((e) => String(e.structure) === own)).toBe(true)
    expect(seen.docs.map((e) => String(e.id))).not.toContain(theirs)
    await expect(
      payload.update({ collection: 'enrolments', id: theirs, ...as(admin), data: { status: 'withdrawn' } }),
    ).rejects.toThrow()
    expect((await payload.findByID({ collection: 'enrolments', id: theirs, overrideAccess: true })).status).toBe(
      'convened',
    )
    await expect(payload.find({ collection: 'personal-links', ...as(admin) })).rejects.toThrow()
    await expect(payload.find({ collection: 'survey-responses', ...as(admin) })).rejects.toThrow()
  })

  it('plan sessions for their own structures only', async () => {
    const data = { title: 'Intra', status: 'planned' as const, slots: [], capacity: { min: 8, max: 15 } }
    expect(
      await refusal(
        payload.create({ collection: 'sessions', ...as(admin), data: { ...data, structures: [own, other] } }),
      ),
    ).toMatch(/vos structures/)
    const created = await payload.create({ collection: 'sessions', ...as(admin), data: { ...data, structures: [own] } })
    expect(created.roleMixTarget).toEqual(['direction', 'administration', 'technical', 'social-worker'])
    const visible = await payload.find({ collection: 'sessions', ...as(admin), depth: 0, pagination: false })
    expect(visible.docs.map((s) => String(s.id))).not.toContain(otherSession)
  })
})

describe('facilitators', () => {
  it('see the enrolments and participants of the sessions they teach only', async () => {
    await enrol(payload, otherSession, otherPerson)
    const enrolments = await payload.find({ collection: 'enrolments', ...as(facilitator), depth: 0, pagination: false })
    expect(new Set(enrolments.docs.map((e) => String(e.session)))).toEqual(new Set([session]))
    const people = await payload.find({ collection: 'participants', ...as(facilitator), depth: 0, pagination: false })
    expect(people.docs.length).toBeGreaterThan(0)
    await expect(
      payload.create({
        collection: 'enrolments',
        ...as(facilitator),
        data: { session, participant: ownPerson, status: 'invited' },
      }),
    ).rejects.toThrow()
  })
})

describe('the list', () => {
  it('takes a person once, only from the session’s structures, within capacity', async () => {
    const lone = await makeStructure(payload, 'ACI Hors session')
    expect(await refusal(enrol(payload, session, await makeParticipant(payload, lone, 'other')))).toMatch(/pas ouverte/)
    await enrol(payload, session, ownPerson)
    expect(await refusal(enrol(payload, session, ownPerson))).toMatch(/Déjà inscrit/)
    // 3 on the list now (Own Worker, Other Worker, Own Director); the 4th fills it, the 5th is refused.
    await enrol(payload, session, await makeParticipant(payload, own, 'administration'))
    expect(await refusal(enrol(payload, session, await makeParticipant(payload, own, 'technical')))).toMatch(/complète/)
  })
})

describe('role mix at list lock (T4)', () => {
  const plan = (check: 'role_mix' | 'attendance', slotIndex?: number): TimerPlan => ({
    timer: check === 'role_mix' ? 'T4' : 'T13',
    n: 0,
    at: at(-10, 9),
    action: { type: 'check', check },
    slotIndex,
  })

  it('names the roles each structure lacks, and nothing once every role is there', async () => {
    // Horizon: direction, social worker, administration — no technical. Escale: one social worker.
    expect(await missingRolesForSession(payload, session)).toEqual(['direction', 'administration', 'technical'])
    const mix = await roleMixForSession(payload, session)
    expect(mix.structures.find((s) => s.structureId === own)?.missing).toEqual(['technical'])

    const solo = await makeSession(payload, { structures: [own], weekOffset: 3 })
    for (const role of ['direction', 'administration', 'social-worker'] as const)
      await enrol(payload, solo, await makeParticipant(payload, own, role))
    expect(await missingRolesForSession(payload, solo)).toEqual(['technical'])
    const tech = await enrol(payload, solo, await makeParticipant(payload, own, 'technical'))
    expect(await missingRolesForSession(payload, solo)).toEqual([])
    await payload.update({ collection: 'enrolments', id: tech, data: { status: 'withdrawn' }, overrideAccess: true })
    expect(await sessionCheckFacts(payload, {} as FileFacts, solo, plan('role_mix'))).toEqual({
      missingRoles: ['technical'],
    })
    const t13 = await sessionCheckFacts(payload, {} as FileFacts, solo, plan('attendance', 2))
    expect(t13.slotAttendance?.[2]).toMatchObject({ unsignedSheets: 4, absentParticipants: 3 })
  })
})

afterAll(async () => {
  await payload?.destroy()
})
