/**
 * A session from convocation to cold survey, through the real pipeline (outbox → BullMQ → SMTP on loopback),
 * with delayed timers promoted instead of waited for: personal links in the mails, signatures and answers
 * recorded, and each reminder sent only to the people who have not answered yet.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import type { WorkerRuntime } from '../../jobs/plumbing/workers'
import type { CaughtMail, MailCatcher } from '../../src/lib/mail-catcher'
import { fieldName } from '../../src/sessions/survey-questions'
import { bootPayload } from '../helpers/boot'
import { createFileWorld, type FileWorld } from '../helpers/fixtures'
import { nextTimer, settle } from '../helpers/pipeline'
import { dropQueuePrefix } from '../helpers/redis-cleanup'
import { useTestEnv, type TestEnv } from '../helpers/test-env'
import { enrol, makeParticipant, tokenOf } from './sessions-fixtures'

const DAY = 24 * 3600 * 1000
let env: TestEnv
let payload: Payload
let runtime: WorkerRuntime
let catcher: MailCatcher
let world: FileWorld
let fileId: string
let clock = new Date()
const people: Record<'ana' | 'bob', { id: string; email: string }> = { ana: { id: '', email: '' }, bob: { id: '', email: '' } }

type Move = typeof import('../../collections/funding-files/move-service').moveFundingFile
let moveFundingFile: Move

const fire = async (timer: string) => {
  const { job, at } = await nextTimer(runtime, fileId, timer)
  clock = new Date(at.getTime() + 1000)
  await job.promote()
  await settle(payload, runtime, 40000)
}
const status = async () => (await payload.findByID({ collection: 'funding-files', id: fileId, overrideAccess: true, depth: 0 })).status
/** Mails to a person whose subject matches, and the personal link (token) each one carries. */
const mailsTo = async (email: string, subject: RegExp): Promise<{ mail: CaughtMail; token?: string }[]> =>
  Promise.all(
    catcher.mails
      .filter((m) => m.to.includes(email) && subject.test(m.subject))
      .map(async (mail) => {
        const url = /https?:\/\/\S+\/p\/[^/\s]+\/[A-Za-z0-9_-]+/.exec((await simpleParser(mail.raw)).text ?? '')?.[0]
        return { mail, token: url ? tokenOf(url) : undefined }
      }),
  )

beforeAll(async () => {
  env = await useTestEnv()
  payload = await bootPayload()
  ;({ moveFundingFile } = await import('../../collections/funding-files/move-service'))
  const { startMailCatcher } = await import('../../src/lib/mail-catcher')
  catcher = await startMailCatcher({ port: env.smtpPort })
  const { startWorkerRuntime } = await import('../../jobs/plumbing/workers')
  runtime = await startWorkerRuntime(payload, { now: () => clock })
  world = await createFileWorld(payload, clock, 40)
  for (const [key, name] of [['ana', 'Ana Rossi'], ['bob', 'Bob Martin']] as const) {
    people[key].email = `${key}-${Date.now()}@journey.test`
    people[key].id = await makeParticipant(payload, world.structureId, 'social-worker', { name, email: people[key].email })
    await enrol(payload, world.sessionId, people[key].id)
  }
  const file = await payload.create({
    collection: 'funding-files',
    overrideAccess: true,
    context: { now: clock },
    data: { status: 'draft', billingStatus: 'none', structure: world.structureId, session: world.sessionId, requestedAmount: 4800, requestedTrainees: 10 },
  })
  fileId = String(file.id)
  await payload.update({ collection: 'funding-files', id: fileId, overrideAccess: true, context: { now: clock }, data: { checklist: { devisSigned: true, conventionSigned: true, programmeAttached: true } } })
  const coordinator = await payload.findByID({ collection: 'users', id: world.users.coordinator.id, overrideAccess: true })
  await moveFundingFile(payload, { id: fileId, kind: 'transition', to: 'submitted', input: { opcoRef: 'OPCO-J-1' }, user: coordinator as never, now: clock })
  await moveFundingFile(payload, {
    id: fileId,
    kind: 'transition',
    to: 'approved',
    input: { agreedAmount: 4800, validUntil: new Date(world.start.getTime() + 30 * DAY).toISOString() },
    user: coordinator as never,
    now: clock,
  })
  await settle(payload, runtime, 40000)
}, 240_000)

afterAll(async () => {
  await runtime?.close(2000)
  await catcher?.close()
  await dropQueuePrefix(env.redisUrl, env.queuePrefix)
})

describe('a session from convocation to cold survey', () => {
  it('convenes each participant with a personal link and a calendar invitation', async () => {
    await fire('T5')
    expect(await status()).toBe('convened')
    for (const person of Object.values(people)) {
      const [convocation] = await mailsTo(person.email, /convocation/i)
      expect(convocation?.token).toBeDefined()
      expect(convocation!.mail.raw).toMatch(/text\/calendar;[^\r\n]*method=REQUEST/i)
    }
  }, 120_000)

  it('records the signatures of the half-day through the personal link', async () => {
    await fire('session_start')
    expect(await status()).toBe('in_progress')
    const { signHalfDay } = await import('../../collections/attendance/services/participant-sheet')
    for (const person of Object.values(people)) {
      const [convocation] = await mailsTo(person.email, /convocation/i)
      const signed = await signHalfDay(payload, { token: convocation!.token, sessionId: world.sessionId, slotIndex: 0, now: clock })
      expect(signed).toEqual({ ok: true, outcome: 'signed' })
    }
    await fire('session_end')
    expect(await status()).toBe('delivered')
    const enrolments = await payload.find({ collection: 'enrolments', where: { session: { equals: world.sessionId } }, overrideAccess: true })
    expect(enrolments.docs.map((e) => e.hoursAttended)).toEqual([3.5, 3.5])
  }, 180_000)

  it('sends the hot survey to each, records Ana’s answer, and reminds only Bob', async () => {
    const [anaHot] = await mailsTo(people.ana.email, /^Votre avis sur/)
    const [bobHot] = await mailsTo(people.bob.email, /^Votre avis sur/)
    expect(anaHot?.token).toBeDefined()
    expect(bobHot?.token).toBeDefined()
    const { submitSurvey } = await import('../../collections/survey-responses/services/survey-form')
    const answer = { [fieldName('overall')]: '5', [fieldName('objectives')]: '4', [fieldName('facilitation')]: '5', [fieldName('useful')]: '4', [fieldName('comments')]: 'Très concret.' }
    expect(await submitSurvey(payload, { token: anaHot!.token, sessionId: world.sessionId, form: answer, now: clock })).toEqual({ ok: true, kind: 'hot' })

    const before = { ana: catcher.mails.filter((m) => m.to.includes(people.ana.email)).length, bob: catcher.mails.filter((m) => m.to.includes(people.bob.email)).length }
    await fire('T14')
    expect(catcher.mails.filter((m) => m.to.includes(people.ana.email)).length).toBe(before.ana)
    expect(catcher.mails.filter((m) => m.to.includes(people.bob.email)).length).toBe(before.bob + 1)
  }, 180_000)

  it('sends the cold survey at E+60 to both, with a new personal link', async () => {
    const before = await mailsTo(people.bob.email, /.*/)
    await fire('T20a')
    const after = await mailsTo(people.bob.email, /.*/)
    expect(after.length).toBe(before.length + 1)
    expect(after.at(-1)?.token).toBeDefined()
    expect(catcher.mails.filter((m) => m.to.includes(people.ana.email)).length).toBeGreaterThan(0)
  }, 180_000)
})
