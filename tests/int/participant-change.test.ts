/**
 * Domain §5, « participant added / withdrawn »: someone a structure admin enrols after the convocations went out is
 * convened too (their convocation, with the calendar invitation and their personal page, reaches them through a real
 * SMTP peer), the facilitators are told, and the file's timeline says who joined; a withdrawal that takes the list
 * below the minimum tells the coordination. Through the Local API as the structure admin, with the worker running.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { simpleParser } from 'mailparser'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { MailCatcher } from '../../src/lib/mail-catcher'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { startMailPipeline, type MailPipeline } from '../helpers/mail-pipeline'
import { notificationRequests, settle } from '../helpers/pipeline'
import { waitFor } from '../helpers/wait'

let pipeline: MailPipeline
let payload: Payload
let runtime: WorkerRuntime
let catcher: MailCatcher
let world: FileWorld
let fileId: string
const enrolled: string[] = []

const userDoc = async (id: string) => payload.findByID({ collection: 'users', id, overrideAccess: true, depth: 0 })
const participant = (name: string) =>
  payload.create({
    collection: 'participants',
    overrideAccess: true,
    data: { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.org`, structure: world.structureId, jobRole: 'social-worker', language: 'fr' } as never,
  })
const timeline = async () =>
  (await payload.find({ collection: 'audit-events', where: { file: { equals: fileId } }, sort: 'at', depth: 0, overrideAccess: true, pagination: false })).docs.map((e) => e.summary)

beforeAll(async () => {
  pipeline = await startMailPipeline()
  ;({ payload, runtime, catcher } = pipeline)
  world = await createFileWorld(payload, new Date(), 30)
  // Eight on the list (the minimum), enrolled before the file: the system's writes, no effects.
  for (let i = 1; i <= 8; i++) {
    const p = await participant(`Inscrite ${i}`)
    enrolled.push(String((await payload.create({ collection: 'enrolments', overrideAccess: true, data: { session: world.sessionId, participant: p.id, status: 'convened' } as never })).id))
  }
  // The file as the convocations left it (the workflow's walk to « convoqué » is tested elsewhere).
  const structure = await payload.findByID({ collection: 'structures', id: world.structureId, depth: 0, overrideAccess: true })
  const file = await payload.db.create({
    collection: 'funding-files',
    data: { reference: 'DF-LISTE-1', structure: world.structureId, session: world.sessionId, federation: structure.federation, opco: 'opco-sante', status: 'convened', billingStatus: 'none', timerSeq: {} },
  })
  fileId = String(file.id)
}, 120_000)

afterAll(async () => {
  await pipeline?.close()
  await payload?.destroy()
})

describe('a list that changes after the convocations', () => {
  it('convenes a newcomer: their convocation with its invitation, the facilitator told, the timeline says so', async () => {
    const admin = (await userDoc(world.users.structureAdmin.id)) as never
    const newcomer = await participant('Jeanne Nouvelle')
    const enrolment = await payload.create({ collection: 'enrolments', overrideAccess: false, user: admin, data: { session: world.sessionId, participant: newcomer.id } as never })
    expect(enrolment.status).toBe('convened')
    await settle(payload, runtime)

    const mail = await waitFor('the newcomer’s convocation', () => catcher.mails.find((m) => m.to.includes('jeanne.nouvelle@example.org')), 30_000)
    const parsed = await simpleParser(mail.raw)
    expect(parsed.subject).toMatch(/convocation/i)
    expect(parsed.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(true)
    expect(parsed.text).toMatch(/\/p\/[A-Za-z0-9_-]+/)
    // Only the newcomer: the eight convened before get nothing new.
    expect(catcher.mails.filter((m) => m.to.some((to) => to.startsWith('inscrite.')))).toEqual([])

    const requests = await notificationRequests(runtime, fileId)
    expect(requests).toEqual(expect.arrayContaining([{ kind: 'session.convocation', roles: ['participants'] }, { kind: 'session.participants_changed', roles: ['facilitators'] }]))
    await waitFor('the facilitator’s notice', () => catcher.mails.find((m) => m.to.includes(world.users.facilitator.email)), 30_000)
    expect(await timeline()).toContain('Inscription : Jeanne Nouvelle (9 inscrits)')
  }, 90_000)

  it('tells the coordination when withdrawals take the list below the minimum, and not before', async () => {
    const admin = (await userDoc(world.users.structureAdmin.id)) as never
    const withdraw = (id: string) => payload.update({ collection: 'enrolments', id, overrideAccess: false, user: admin, data: { status: 'withdrawn' } as never })
    await withdraw(enrolled[0])
    await settle(payload, runtime)
    expect((await notificationRequests(runtime, fileId)).filter((r) => r.kind === 'session.below_minimum')).toEqual([])
    await withdraw(enrolled[1])
    await settle(payload, runtime)
    expect((await notificationRequests(runtime, fileId)).filter((r) => r.kind === 'session.below_minimum')).toEqual([{ kind: 'session.below_minimum', roles: ['coordinators'] }])
    expect(await timeline()).toEqual(expect.arrayContaining(['Désistement : Inscrite 1 (8 inscrits)', 'Désistement : Inscrite 2 (7 inscrits)']))
  }, 90_000)

  it('changes nothing of a file when the seed or the system writes an enrolment', async () => {
    const before = await timeline()
    const p = await participant('Inscrite système')
    await payload.create({ collection: 'enrolments', overrideAccess: true, data: { session: world.sessionId, participant: p.id } as never })
    await settle(payload, runtime)
    expect(await timeline()).toEqual(before)
    expect(catcher.mails.filter((m) => m.to.includes('inscrite.syst.me@example.org'))).toEqual([])
  }, 60_000)
})
